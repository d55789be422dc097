import type { Hono } from 'hono';
import { simulatorApp } from '../sim/app.ts';
import { SimState } from '../sim/sim-state.ts';
import { createApp } from './app.ts';
import { workerClientKey } from './client-address.ts';
import { bindingLimiters } from './edge/binding-limiters.ts';
import { cacheApiPreviews, platformDefaultCache } from './edge/cache-api-previews.ts';
import {
  DEFAULT_PREVIEW_ENTRIES,
  memoryPreviewCache,
  type PreviewCache,
} from './share/preview-cache.ts';
import { assetsSimMedia } from './client/assets-sim-media.ts';
import { assetsClientFiles, type AssetsBinding } from './client/files-assets.ts';
import type { ProxyOptions } from './proxy/config.ts';
import { fetchUpstream, type FetchUpstreamOptions } from './proxy/upstream-fetch.ts';
import type { SessionOptions } from './session/guards.ts';
import type { PreviewOptions } from './share/previews.ts';
import { simulatorControl, simulatorEnabled, simulatorTestTasks } from './settings.ts';

/** Bindings and variables from wrangler.jsonc (secrets such as SUNO_API_KEY included). */
export interface WorkerEnv {
  ASSETS: AssetsBinding;
  [name: string]: unknown;
}

function stringVars(env: WorkerEnv): Record<string, string | undefined> {
  const vars: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(env)) {
    if (typeof value === 'string') vars[name] = value;
  }
  return vars;
}

/**
 * The simulator on Workers: its clock and catalog are plain JavaScript; its media are the
 * files `npm run build` rendered into the assets (none when the build had no ffmpeg: the media
 * routes then answer 404).
 */
function workerSimulator(vars: Record<string, string | undefined>, assets: AssetsBinding): Hono {
  const speed = Number(vars.SIM_SPEED);
  const state = new SimState(
    Number.isFinite(speed) && speed > 0 ? speed : 1,
    simulatorTestTasks(vars, false),
  );
  return simulatorApp({ state, media: assetsSimMedia(assets), control: simulatorControl(vars) });
}

/** Previews in memory before the location's Cache API, where the runtime has one. */
function workerPreviewCache(options: PreviewOptions): PreviewCache {
  const memory = memoryPreviewCache(options.maxEntries ?? DEFAULT_PREVIEW_ENTRIES);
  const shared = platformDefaultCache();
  return shared ? cacheApiPreviews(shared, memory) : memory;
}

/**
 * A Workers fetch handler. The app is made on the first request of an isolate and kept, so
 * the rate limit and the simulator's clocks live as long as the isolate does.
 */
export function createWorkerHandler(
  proxy: ProxyOptions = {},
  upstream: FetchUpstreamOptions = {},
  previews: PreviewOptions = {},
  session: SessionOptions = {},
) {
  let app: Hono | undefined;
  return {
    fetch(request: Request, env: WorkerEnv): Response | Promise<Response> {
      if (!app) {
        const vars = stringVars(env);
        app = createApp({
          mode: 'production',
          env: vars,
          upstream: fetchUpstream(upstream),
          clientKey: workerClientKey,
          limiters: bindingLimiters(env),
          client: assetsClientFiles(env.ASSETS),
          simulator: simulatorEnabled(vars) ? workerSimulator(vars, env.ASSETS) : undefined,
          proxy,
          previews: { ...previews, cache: workerPreviewCache(previews) },
          session,
          compress: false,
        });
      }
      return app.fetch(request, env);
    },
  };
}

export default createWorkerHandler();
