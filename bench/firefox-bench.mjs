/* global window, document */
// Firefox beside Chromium for two of the player's figures: click → `playing` and audio bytes
// per played clip (Firefox streams MP3 repackaged as fragmented MP4, Chromium as it is).
// Firefox is driven by puppeteer-core over WebDriver BiDi. puppeteer-core is optional: without
// it (PUPPETEER_CORE names another install) or without Firefox, the column says why. Firefox
// has no CDP, so no network emulation: a relay in front of the app server paces what Firefox
// receives (bandwidth per response, latency before each) and counts the .mp3 bytes it sends.
// Firefox needs an audio output to play at all (else MediaError 3): on a machine with no
// sound card, a PulseAudio null sink does, e.g.
//   pulseaudio -D --exit-idle-time=-1 -n --load=module-null-sink --load=module-native-protocol-unix
import { existsSync } from 'node:fs';
import http from 'node:http';

const FIREFOXES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
const TICK_MS = 20;
const isMp3 = (url) => /\.mp3(\?|$)/.test(url ?? '');

/** The browser, or why there is none. */
export async function openFirefox() {
  let puppeteer;
  try {
    puppeteer = (await import(process.env.PUPPETEER_CORE || 'puppeteer-core')).default;
  } catch {
    return { reason: 'puppeteer-core is not installed' };
  }
  const executablePath = FIREFOXES.find((p) => p && existsSync(p));
  if (!executablePath) return { reason: 'no Firefox (apt-get install -y firefox-esr)' };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // As Chromium's --autoplay-policy=no-user-gesture-required: a scripted click may play.
    extraPrefsFirefox: { 'media.autoplay.default': 0 },
  });
  return { browser, version: await browser.version() };
}

/** Writes a response body at `net`'s rate (or as it comes), counting what it writes. */
function relayBody(from, to, net, count) {
  if (!net) {
    from.on('data', (chunk) => {
      count(chunk.length);
      if (!to.write(chunk)) {
        from.pause();
        to.once('drain', () => from.resume());
      }
    });
    from.on('end', () => to.end());
    return;
  }
  const perTick = Math.max(1, Math.round(((net.mbit * 1e6) / 8) * (TICK_MS / 1000)));
  const queue = [];
  let ended = false;
  from.on('data', (chunk) => queue.push(chunk));
  from.on('end', () => (ended = true));
  const timer = setInterval(() => {
    let budget = perTick;
    while (budget > 0 && queue.length > 0) {
      const chunk = queue[0];
      const part = chunk.subarray(0, budget);
      if (part.length === chunk.length) queue.shift();
      else queue[0] = chunk.subarray(part.length);
      budget -= part.length;
      count(part.length);
      to.write(part);
    }
    if (ended && queue.length === 0) {
      clearInterval(timer);
      to.end();
    }
  }, TICK_MS);
  to.on('close', () => {
    clearInterval(timer);
    from.destroy();
  });
}

/**
 * A relay on `port` in front of the app on `target`. The Host header goes through unchanged,
 * so the simulator's media links name the relay and the audio comes through it too.
 */
export function startRelay(port, target) {
  let net = null;
  let mp3 = { requests: 0, bytes: 0 };
  const server = http.createServer((req, res) => {
    // Counted where it started: a request of an earlier run that ends late is not this run's.
    const tally = isMp3(req.url) ? mp3 : null;
    if (tally) tally.requests += 1;
    const upstream = http.request(
      { host: '127.0.0.1', port: target, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        const reply = () => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          relayBody(answer, res, net, (n) => {
            if (tally) tally.bytes += n;
          });
        };
        if (net) setTimeout(reply, net.latency);
        else reply();
      },
    );
    upstream.on('error', () => res.destroy());
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${port}`,
        setNetwork: (n) => (net = n),
        /** The .mp3 requests and body bytes since the last reset. */
        mp3: () => ({ ...mp3 }),
        resetMp3: () => (mp3 = { requests: 0, bytes: 0 }),
        close: () => server.close(),
      }),
    );
  });
}

/** Marks the click and the player's first `playing`, from navigation start. */
const PLAY_PROBE = () => {
  window.__bench = {};
  document.addEventListener('click', () => (window.__bench.click ??= performance.now()), true);
  document.addEventListener(
    'playing',
    (e) => {
      if (e.target?.dataset?.role === 'clip-player') window.__bench.playing ??= performance.now();
    },
    true,
  );
};

/** The clip's page in a fresh context (own cache and storage), Play clicked once it exists. */
async function playClip(browser, origin, clipId) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(PLAY_PROBE);
  await page.goto(`${origin}/clips/${clipId}`);
  const play = await page.waitForSelector('button[aria-label="Play"]', { timeout: 30_000 });
  await play.click();
  await page.waitForFunction(() => window.__bench.playing !== undefined, { timeout: 60_000 });
  return { context, page };
}

export async function clickToPlayingFirefox(browser, relay, net, clipId) {
  relay.setNetwork(net);
  const { context, page } = await playClip(browser, relay.origin, clipId);
  try {
    const b = await page.evaluate(() => window.__bench);
    return b.playing - b.click;
  } finally {
    relay.setNetwork(null);
    await context.close();
  }
}

/** Every .mp3 byte a played clip costs in Firefox, unthrottled, until the network is quiet. */
export async function bytesPerPlayedClipFirefox(browser, relay, clipId) {
  relay.setNetwork(null);
  relay.resetMp3();
  const { context } = await playClip(browser, relay.origin, clipId);
  try {
    let last = -1;
    for (let quiet = 0; quiet < 12;) {
      await new Promise((r) => setTimeout(r, 250));
      const { bytes } = relay.mp3();
      quiet = bytes === last && bytes > 0 ? quiet + 1 : 0;
      last = bytes;
    }
    return relay.mp3();
  } finally {
    await context.close();
  }
}
