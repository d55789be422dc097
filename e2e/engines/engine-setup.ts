/**
 * What each engine needs on this machine, found or started: the browser binaries, an X
 * display for WebKit's MiniBrowser, and an audio sink (Firefox fails every play without one:
 * MediaError 3 "OnMediaSinkAudioError").
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';
import type { Engine } from './driver.ts';

const children: ChildProcess[] = [];

export function stopAll(): void {
  for (const child of children.splice(0)) child.kill('SIGTERM');
}

function start(cmd: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(cmd, args, { env, stdio: 'ignore' });
  children.push(child);
  return child;
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

function firstExisting(paths: (string | undefined)[]): string | null {
  return paths.find((p): p is string => !!p && existsSync(p)) ?? null;
}

function findMiniBrowser(): string | null {
  const lib = '/usr/lib';
  const arches = existsSync(lib) ? readdirSync(lib).map((d) => join(lib, d)) : [];
  const candidates = [lib, ...arches].flatMap((dir) =>
    ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'].map((v) => join(dir, v, 'MiniBrowser')),
  );
  return firstExisting([process.env.MINIBROWSER_PATH, ...candidates]);
}

export interface EngineFound {
  engine: Engine;
  /** Why it cannot run here, in one line; null when it can. */
  missing: string | null;
  binary: string | null;
}

export function findEngines(): EngineFound[] {
  const chromium = findChromium();
  const firefox = firstExisting([
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
  ]);
  const webdriver = onPath('WebKitWebDriver');
  const miniBrowser = findMiniBrowser();
  const xvfb = onPath('Xvfb');
  const apt = 'sudo apt-get install -y';
  return [
    {
      engine: 'chromium',
      binary: chromium,
      missing: chromium ? null : `no Chromium (${apt} chromium, or set CHROME_PATH)`,
    },
    {
      engine: 'firefox',
      binary: firefox,
      missing: firefox ? null : `no Firefox (${apt} firefox-esr, or set FIREFOX_PATH)`,
    },
    {
      engine: 'webkit',
      binary: miniBrowser,
      missing:
        webdriver && miniBrowser && xvfb
          ? null
          : `no WebKitWebDriver, MiniBrowser or Xvfb (${apt} webkit2gtk-driver xvfb)`,
    },
  ];
}

export { CHROMIUM_ARGS };

/**
 * A PulseAudio null sink of our own, in a fresh runtime directory, when PulseAudio is
 * installed. Returns the environment that points browsers at it.
 */
export function startAudioSink(): NodeJS.ProcessEnv {
  const pulseaudio = onPath('pulseaudio');
  if (!pulseaudio) return {};
  const runtime = mkdtempSync(join(tmpdir(), 'engines-audio-'));
  const env = { ...process.env, XDG_RUNTIME_DIR: runtime };
  start(
    pulseaudio,
    [
      '--daemonize=no',
      '--exit-idle-time=-1',
      '-n',
      '--load=module-null-sink sink_name=nullsink',
      '--load=module-native-protocol-unix',
    ],
    env,
  );
  return { XDG_RUNTIME_DIR: runtime };
}

/** An X display for MiniBrowser (it has no headless mode): a free one, served by Xvfb. */
export function startDisplay(): string {
  let n = 90;
  while (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) n += 1;
  start('Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env);
  return `:${n}`;
}

export function startWebKitWebDriver(port: number, env: NodeJS.ProcessEnv): void {
  start('WebKitWebDriver', [`--port=${port}`], { ...process.env, ...env });
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`${url} did not answer in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
