import type { ProxyOptions } from '../proxy/config.ts';
import type { FetchUpstreamOptions } from '../proxy/upstream-fetch.ts';
import type { SessionOptions } from '../session/guards.ts';
import type { PreviewOptions } from '../share/previews.ts';
import { createWorkerHandler, type WorkerEnv } from '../worker.ts';

/**
 * The Workers entry as the request tests run it in workerd: the same handler, with the
 * test-only options (extra media origins, short timeouts, small limits) from one variable.
 */
let handler: ReturnType<typeof createWorkerHandler> | undefined;

export default {
  fetch(request: Request, env: WorkerEnv): Response | Promise<Response> {
    if (!handler) {
      const raw = typeof env.TEST_OPTIONS === 'string' ? env.TEST_OPTIONS : '{}';
      const options = JSON.parse(raw) as {
        proxy?: ProxyOptions;
        upstream?: FetchUpstreamOptions;
        previews?: PreviewOptions;
        session?: SessionOptions;
      };
      handler = createWorkerHandler(
        options.proxy,
        options.upstream,
        options.previews,
        options.session,
      );
    }
    return handler.fetch(request, env);
  },
};
