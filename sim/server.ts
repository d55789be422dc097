import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { simulatorApp } from './app.ts';
import { nodeSimMedia } from './media-node.ts';
import { MediaStore } from './media-store.ts';
import { SimState } from './sim-state.ts';
import type { StreamLimits } from './stream-gate.ts';
import { sweepEvery } from './sweep-timer.ts';

export { SIM_PREFIX } from './app.ts';

export interface SimulatorOptions {
  /** Sim seconds per real second; default SIM_SPEED or 1. */
  speed?: number;
  /** Where generated media is cached; default SIM_MEDIA_DIR or <repo>/.cache/sim-media. */
  mediaDir?: string;
  /** Media the build rendered (`dist/client/sim-media`), served before anything is generated. */
  prebuiltMediaDir?: string;
  /** Mount `/sim/control/*`: development and tests only (default false). */
  control?: boolean;
  /** Fault IDs and headers, galleries of many clips: development and tests (default: control). */
  testTasks?: boolean;
  streams?: StreamLimits;
}

/** The simulator on Node: its routes, with prebuilt media or media made by ffmpeg and cached. */
export interface Simulator {
  readonly app: Hono;
  readonly state: SimState;
  readonly media: MediaStore;
}

/** SIM_MEDIA_DIR, else `.cache/sim-media` in the repository (or the working directory). */
export function defaultMediaDir(): string {
  if (process.env.SIM_MEDIA_DIR) return path.resolve(process.env.SIM_MEDIA_DIR);
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // When bundled (dist/server, Vite's config), import.meta.url may not point into the repo.
  const root = existsSync(path.join(repoRoot, 'package.json')) ? repoRoot : process.cwd();
  return path.join(root, '.cache', 'sim-media');
}

export function defaultSpeed(): number {
  const fromEnv = Number(process.env.SIM_SPEED);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 1;
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const state = new SimState(
    options.speed ?? defaultSpeed(),
    options.testTasks ?? options.control ?? false,
  );
  sweepEvery(state);
  const media = new MediaStore(options.mediaDir ?? defaultMediaDir(), options.prebuiltMediaDir);
  const app = simulatorApp({
    state,
    media: nodeSimMedia(media),
    control: options.control ?? false,
    streams: options.streams,
  });
  return { app, state, media };
}
