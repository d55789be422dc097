/* global window, document, OfflineAudioContext, Worker, MutationObserver, Audio */
// Waveform benchmarks: an uncached clip's waveform while it plays (first bars, whole), a live
// stream's waveform, audio bytes per played clip, and the decoder's memory. Called by
// player-bench.mjs, which owns the servers, the browser and the table.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { freshPage, launch, sleep, trackMp3, treeMemory } from './bench-browser.mjs';

/**
 * Installed before the app loads: after the click, when the first card's Seek slider first
 * holds a bar, and when its waveform is whole (all 96 card bars, or wavesurfer's canvas).
 */
const WAVE_PROBE = () => {
  window.__wave = { click: null, firstBars: null, finished: null, maxBars: 0 };
  document.addEventListener('click', () => (window.__wave.click ??= performance.now()), true);
  const tick = () => {
    const w = window.__wave;
    const slider = document.querySelector('article [role=slider]');
    if (w.click !== null && slider) {
      const bars = slider.querySelectorAll('rect').length;
      w.maxBars = Math.max(w.maxBars, bars);
      if (w.firstBars === null && bars > 0) w.firstBars = performance.now();
      const canvas = [...slider.querySelectorAll('*')].some((el) =>
        el.shadowRoot?.querySelector('canvas'),
      );
      if (w.finished === null && (bars >= 96 || canvas)) w.finished = performance.now();
    }
    if (w.finished === null) window.requestAnimationFrame(tick);
  };
  window.requestAnimationFrame(tick);
};

/** Today's way for a clip whose peaks are not cached: the whole file, then decodeAudioData. */
function wholeFileDecode(url) {
  return async () => {
    const t0 = performance.now();
    const bytes = await (await fetch(url)).arrayBuffer();
    const context = new OfflineAudioContext(1, 1, 8000);
    const decoded = await context.decodeAudioData(bytes);
    const samples = decoded.getChannelData(0);
    let loudest = 0;
    for (let i = 0; i < samples.length; i += 1) loudest = Math.max(loudest, Math.abs(samples[i]));
    return performance.now() - t0;
  };
}

/** Opens the clip's lookup, clicks Play at once and waits until its waveform is whole. */
async function playUntilWaveform(page, app, clipId) {
  await page.addInitScript(WAVE_PROBE);
  await page.goto(`${app}/clips/${clipId}`);
  const play = page.getByRole('button', { name: 'Play', exact: true }).first();
  await play.waitFor({ timeout: 30_000 });
  await play.click();
  await page.waitForFunction(() => window.__wave.finished !== null, null, { timeout: 120_000 });
  return page.evaluate(() => window.__wave);
}

/** Click → first bars and → whole waveform for an uncached clip, this app. */
export async function uncachedWaveformApp(browser, net, app, clipId) {
  const { context, page } = await freshPage(browser, net);
  try {
    const w = await playUntilWaveform(page, app, clipId);
    return { firstBars: w.firstBars - w.click, whole: w.finished - w.click };
  } finally {
    await context.close();
  }
}

/** The same clip the way the app did it before: download, then decode the whole file. */
export async function uncachedWaveformBefore(browser, net, app, mp3Url) {
  const { context, page } = await freshPage(browser, net);
  try {
    await page.goto(`${app}/`);
    return await page.evaluate(`(${wholeFileDecode.toString()})(${JSON.stringify(mp3Url)})()`);
  } finally {
    await context.close();
  }
}

/**
 * A clip played while still `streaming`: how many bars its card drew before it completed,
 * and whether the finished waveform replaced them after.
 */
export async function streamingWaveform(browser, app, taskId) {
  const { context, page } = await freshPage(browser, null);
  try {
    await page.goto(`${app}/task/${taskId}`);
    const card = page.getByRole('article').first();
    await card.getByText('Streaming', { exact: true }).waitFor({ timeout: 60_000 });
    await card.getByRole('button', { name: 'Play', exact: true }).click();
    const seek = card.getByRole('slider', { name: 'Seek' });
    let maxBars = 0;
    let samples = 0;
    while (await card.getByText('Streaming', { exact: true }).isVisible()) {
      maxBars = Math.max(maxBars, await seek.locator('rect').count());
      samples += 1;
      await sleep(250);
    }
    const swapped = await seek
      .locator('canvas')
      .first()
      .waitFor({ state: 'attached', timeout: 60_000 })
      .then(
        () => true,
        () => false,
      );
    return { maxBars, samples, swapped };
  } finally {
    await context.close();
  }
}

/** Every .mp3 byte a played clip costs: play it, wait for its waveform and a quiet network. */
export async function bytesPerPlayedClip(browser, app, clipId) {
  const { context, page, cdp } = await freshPage(browser, null);
  try {
    const stats = trackMp3(cdp, page);
    await playUntilWaveform(page, app, clipId);
    let last = -1;
    for (let quiet = 0; quiet < 8;) {
      const now = stats().bytes;
      quiet = now === last ? quiet + 1 : 0;
      last = now;
      await sleep(250);
    }
    return stats();
  } finally {
    await context.close();
  }
}

/** The built peaks worker, by its hashed name in the client build. */
export function workerAsset(clientDir) {
  const name = readdirSync(path.join(clientDir, 'assets')).find((f) =>
    /^peaks\.worker-.*\.js$/.test(f),
  );
  if (!name) throw new Error('no peaks.worker-*.js in the build');
  return `/assets/${name}`;
}

/** Feeds a whole MP3 to the app's worker as a fast download would, until it reports the end. */
function workerDecode(url, workerUrl) {
  return async () => {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    window.__decodeReady = true;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const t0 = performance.now();
    const worker = new Worker(workerUrl, { type: 'module' });
    const done = new Promise((resolve, reject) => {
      worker.onmessage = (e) => {
        if (e.data.type === 'failed') reject(new Error(e.data.message));
        else if (e.data.ended) resolve(e.data.snapshot.maxima.length);
      };
    });
    worker.postMessage({ type: 'segment', job: 1, at: 0 });
    for (let i = 0; i < bytes.length; i += 65536) {
      worker.postMessage({ type: 'bytes', job: 1, bytes: bytes.slice(i, i + 65536) });
    }
    worker.postMessage({ type: 'end', job: 1 });
    await done;
    const ms = performance.now() - t0;
    worker.terminate();
    return ms;
  };
}

function audioContextDecode(url) {
  return async () => {
    const bytes = await (await fetch(url)).arrayBuffer();
    window.__decodeReady = true;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const t0 = performance.now();
    const decoded = await new OfflineAudioContext(1, 1, 8000).decodeAudioData(bytes);
    decoded.getChannelData(0);
    return performance.now() - t0;
  };
}

/**
 * Peak RSS of the whole browser while one 4-minute MP3 is decoded for its waveform, over the
 * same page holding the same bytes just before. `how`: 'worker' (this app) or 'decodeAudioData'.
 */
export async function decoderMemory(executablePath, app, mp3Url, how, workerUrl) {
  const { browser, roots } = await launch(executablePath);
  try {
    const { page } = await freshPage(browser, null);
    await page.goto(`${app}/`);
    await sleep(1000);
    const job = how === 'worker' ? workerDecode : audioContextDecode;
    let finished = false;
    let ms = NaN;
    // Handled at once: a failure must end this section, not the whole run.
    const running = page
      .evaluate(`(${job.toString()})(${JSON.stringify(mp3Url)}, ${JSON.stringify(workerUrl)})()`)
      .then(
        (v) => {
          ms = v;
          finished = true;
        },
        (e) => {
          finished = true;
          throw e;
        },
      );
    running.catch(() => undefined);
    await page.waitForFunction(() => window.__decodeReady === true, null, { timeout: 30_000 });
    await sleep(250);
    const before = treeMemory(roots).rss;
    let peak = before;
    while (!finished) {
      peak = Math.max(peak, treeMemory(roots).rss);
      await sleep(15);
    }
    await running;
    return { before, peak, rise: peak - before, ms };
  } finally {
    await browser.close();
  }
}

/**
 * Seeking far past what has arrived: the page clicks at 80 % of the Seek slider right after
 * playback starts; the time until the media plays again from there. In the page: media
 * `seeking` → the next `timeupdate` at or past the target while not paused and not waiting.
 */
const SEEK_PROBE = () => {
  window.__seek = { from: null, resumed: null, target: null };
  const watch = (media) => {
    media.addEventListener('seeking', () => {
      const s = window.__seek;
      if (s.target !== null && s.from === null) s.from = performance.now();
    });
    media.addEventListener('timeupdate', () => {
      const s = window.__seek;
      if (s.from !== null && s.resumed === null && !media.paused && media.readyState >= 3)
        if (media.currentTime >= s.target - 1) s.resumed = performance.now();
    });
  };
  new MutationObserver((_, observer) => {
    const media = document.querySelector('audio[data-role="clip-player"]');
    if (media) {
      observer.disconnect();
      watch(media);
    }
  }).observe(document, { childList: true, subtree: true });
};

export async function seekAheadApp(browser, net, app, clipId, duration) {
  const { context, page } = await freshPage(browser, net);
  try {
    await page.addInitScript(SEEK_PROBE);
    await page.goto(`${app}/clips/${clipId}`);
    const card = page.getByRole('article').first();
    await card.getByRole('button', { name: 'Play', exact: true }).click();
    await card.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await page.waitForFunction(
      () => document.querySelector('audio[data-role="clip-player"]')?.currentTime > 0.2,
    );
    const box = await card.getByRole('slider', { name: 'Seek' }).boundingBox();
    await page.evaluate((t) => (window.__seek.target = t), duration * 0.8);
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
    await page.waitForFunction(() => window.__seek.resumed !== null, null, { timeout: 60_000 });
    return page.evaluate(() => window.__seek.resumed - window.__seek.from);
  } finally {
    await context.close();
  }
}

/** The same seek on a bare `<audio src>` (the browser's own Range requests): the former path. */
export async function seekAheadPlain(browser, net, app, mp3Url, duration) {
  const { context, page } = await freshPage(browser, net);
  try {
    await page.goto(`${app}/`);
    return await page.evaluate(
      async ({ url, target }) => {
        const media = new Audio(url);
        await media.play();
        while (media.currentTime <= 0.2) await new Promise((r) => setTimeout(r, 10));
        const from = performance.now();
        media.currentTime = target;
        await new Promise((resolve) => {
          const check = () => {
            if (!media.paused && media.readyState >= 3 && media.currentTime >= target) resolve();
            else setTimeout(check, 5);
          };
          check();
        });
        const ms = performance.now() - from;
        media.pause();
        return ms;
      },
      { url: mp3Url, target: duration * 0.8 },
    );
  } finally {
    await context.close();
  }
}
