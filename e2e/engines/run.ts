/**
 * Runs the core journeys in Chromium, Firefox and WebKit against the production build, and
 * prints the table engine × journey. An engine this machine lacks is named in one line and
 * its journeys count as failed. `--engine firefox` or `--journey embed` pick a subset.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Engine, EngineDriver } from './driver.ts';
import {
  CHROMIUM_ARGS,
  findEngines,
  startAudioSink,
  startDisplay,
  startWebKitWebDriver,
  stopAll,
  waitForHttp,
} from './engine-setup.ts';
import { JOURNEYS, type Journey } from './journeys.ts';
import { launchPuppeteer } from './puppeteer-driver.ts';
import { startWatchingProxy, type WatchingProxy } from './watching-proxy.ts';
import { connectWebDriver } from './webdriver-driver.ts';

const { values } = parseArgs({
  options: { engine: { type: 'string' }, journey: { type: 'string' } },
});
const port = Number(process.env.ENGINES_PORT ?? 4417);
/** The browsers go through the counting proxy, one port above the server. */
const baseUrl = `http://127.0.0.1:${port + 1}`;
let proxy: WatchingProxy | null = null;
const journeys = JOURNEYS.filter((j) => !values.journey || j.name.includes(values.journey));

interface Outcome {
  engine: Engine;
  journey: string;
  status: 'passed' | 'passed on retry' | 'failed';
  error?: string;
  seconds: number;
}
const outcomes: Outcome[] = [];

/** The production build and server, as the Playwright journeys use them. */
async function startServer(): Promise<void> {
  const env = {
    ...process.env,
    SIM_SPEED: '2',
    VITE_SUNO_CDN_AUDIO: '/sim/media/',
    VITE_SUNO_CDN_IMAGES: '/sim/media/',
    HOST: '127.0.0.1',
    PORT: String(port),
    SIM_TEST_TASKS: '1',
  };
  if (!process.env.ENGINES_SKIP_BUILD) {
    const build = spawnSync('npm', ['run', '-s', 'build'], { env, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const server = spawn('node', ['dist/server/node.mjs'], { env, stdio: 'ignore' });
  process.on('exit', () => server.kill('SIGTERM'));
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 30_000);
  proxy = await startWatchingProxy(port + 1, port);
}

async function attempt(journey: Journey, open: () => Promise<EngineDriver>): Promise<void> {
  if (!proxy) throw new Error('the server is not running');
  const watched = proxy;
  const d = await open();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      journey.run({ d, baseUrl, requestsTo: watched.requestsTo, paceMp3: watched.paceMp3 }),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`over its ${journey.timeoutMs / 1000} s`)),
          journey.timeoutMs,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
    watched.paceMp3(null);
    await d.close().catch(() => undefined);
  }
}

async function runEngine(engine: Engine, open: () => Promise<EngineDriver>): Promise<void> {
  for (const journey of journeys) {
    const started = Date.now();
    let status: Outcome['status'] = 'passed';
    let error: string | undefined;
    // One retry, as the Playwright journeys have in CI; the table says which needed it.
    for (let tryNo = 1; tryNo <= 2; tryNo += 1) {
      try {
        await attempt(journey, open);
        status = tryNo === 1 ? 'passed' : 'passed on retry';
        break;
      } catch (e) {
        status = 'failed';
        error = e instanceof Error ? e.message.split('\n')[0] : String(e);
        console.log(`  ${engine} · ${journey.name}: try ${tryNo} failed: ${error}`);
      }
    }
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    outcomes.push({ engine, journey: journey.name, status, error, seconds });
    console.log(`${status === 'failed' ? '✘' : '✓'} ${engine} · ${journey.name} (${seconds} s)`);
  }
}

function failAll(engine: Engine, why: string): void {
  console.log(
    `${engine}: cannot run here: ${why}; its ${journeys.length} journeys count as failed`,
  );
  for (const journey of journeys)
    outcomes.push({ engine, journey: journey.name, status: 'failed', error: why, seconds: 0 });
}

async function main(): Promise<void> {
  await startServer();
  const audio = startAudioSink();
  const env = { ...process.env, ...audio };
  for (const found of findEngines()) {
    if (values.engine && found.engine !== values.engine) continue;
    if (found.missing || !found.binary) {
      failAll(found.engine, found.missing ?? 'not found');
      continue;
    }
    try {
      if (found.engine === 'webkit') {
        const driverPort = port + 2;
        startWebKitWebDriver(driverPort, { ...audio, DISPLAY: startDisplay() });
        await waitForHttp(`http://127.0.0.1:${driverPort}/status`, 15_000);
        const webkit = connectWebDriver({ port: driverPort, binary: found.binary });
        await runEngine('webkit', () => webkit.driver(baseUrl));
      } else {
        const browser = await launchPuppeteer({
          engine: found.engine,
          executablePath: found.binary,
          args: found.engine === 'chromium' ? CHROMIUM_ARGS : [],
          env,
        });
        console.log(`${found.engine}: ${await browser.version()}`);
        await runEngine(found.engine, () => browser.driver(baseUrl));
        await browser.quit();
      }
    } catch (e) {
      failAll(found.engine, e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e));
    }
  }
}

function report(): void {
  const engines = [...new Set(outcomes.map((o) => o.engine))];
  console.log(`\n| journey | ${engines.join(' | ')} |\n|---|${engines.map(() => '---|').join('')}`);
  for (const journey of journeys) {
    const cells = engines.map((engine) => {
      const o = outcomes.find((x) => x.engine === engine && x.journey === journey.name);
      return o ? `${o.status} (${o.seconds} s)` : '';
    });
    console.log(`| ${journey.name} | ${cells.join(' | ')} |`);
  }
  const passed = outcomes.filter((o) => o.status !== 'failed').length;
  const failed = outcomes.length - passed;
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/engines.json', JSON.stringify({ passed, failed, outcomes }, null, 2));
  console.log(`\nengines: ${passed} passed, ${failed} failed`);
}

main()
  .catch((e: unknown) => {
    console.error(e);
    failAll('chromium', 'the run could not start');
  })
  .finally(() => {
    report();
    stopAll();
    process.exit(outcomes.some((o) => o.status === 'failed') ? 1 : 0);
  });
