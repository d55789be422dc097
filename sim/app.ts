import { Hono, type Context } from 'hono';
import { COM_CLIPS_PATH, CO_QUERY_PATH, handleComClips, handleCoQuery } from './api-routes.ts';
import { CONTROL_PREFIX, handleControl } from './control-routes.ts';
import { DEMO_TASKS } from './demo-tasks.ts';
import { DIALECTS } from './dialects/index.ts';
import { NEW_API_FETCH_PATH, handleNewApiBatch, handleNewApiFetch } from './dialects/new-api.ts';
import {
  ORG_RECORD_INFO_PATH,
  ORG_TIMINGS_PATH,
  handleOrgRecordInfo,
  handleOrgTimings,
} from './dialects/sunoapi-org.ts';
import { FAULT_ID_PREFIXES } from './faults.ts';
import { CORS_HEADERS, json } from './http-util.ts';
import type { SimMedia } from './media-source.ts';
import { MEDIA_PREFIX, handleMedia } from './media-routes.ts';
import { keyFingerprint } from './quirks.ts';
import type { SimState } from './sim-state.ts';
import { StreamGate, type StreamLimits } from './stream-gate.ts';
import { handleStream } from './stream-route.ts';

export const SIM_PREFIX = '/sim';

export interface SimulatorAppOptions {
  state: SimState;
  /** Generated media; without it (Workers) the API still works and media routes 404. */
  media?: SimMedia;
  /** `/sim/control/*` (request log, reset, speed): development and tests only. */
  control: boolean;
  /** Live streams at once, idle and total time (`STREAM_LIMITS`). */
  streams?: StreamLimits;
}

type Handler = (c: Context) => Promise<Response> | Response;

const keyOf = (c: Context) => keyFingerprint(c.req.header('authorization') ?? null);

/** Errors here never carry request headers, so the message alone cannot leak a key. */
function guarded(handler: Handler): Handler {
  return async (c) => {
    try {
      return await handler(c);
    } catch (error) {
      console.error('[sim] request failed:', error instanceof Error ? error.message : error);
      return json(500, { code: 500, message: 'Simulator error' });
    }
  };
}

/** The simulator's HTTP face: both provider APIs, media, the live stream, and test hooks. */
export function simulatorApp({ state, media, control, streams }: SimulatorAppOptions): Hono {
  const app = new Hono();
  const gate = new StreamGate(streams);

  app.use(`${SIM_PREFIX}/*`, async (c, next) => {
    await next();
    // `?nocors=1` on media plays a CDN that refuses cross-origin reads, for tests.
    const url = new URL(c.req.url);
    if (url.pathname.startsWith(MEDIA_PREFIX) && url.searchParams.has('nocors')) return;
    for (const [name, value] of Object.entries(CORS_HEADERS)) c.res.headers.set(name, value);
  });
  app.options(`${SIM_PREFIX}/*`, () => new Response(null, { status: 204 }));

  app.post(
    CO_QUERY_PATH,
    guarded((c) => state.counted(keyOf(c), () => handleCoQuery(state, c.req.raw))),
  );
  app.get(
    COM_CLIPS_PATH,
    guarded((c) => state.counted(keyOf(c), () => handleComClips(state, c.req.raw))),
  );
  for (const [id, routes] of Object.entries(DIALECTS)) {
    for (const route of routes) {
      app.on(
        route.method,
        `${SIM_PREFIX}/${id}${route.path}`,
        guarded((c) => state.counted(keyOf(c), async () => route.handle(state, c.req.raw))),
      );
    }
  }
  app.get(
    ORG_RECORD_INFO_PATH,
    guarded((c) => state.counted(keyOf(c), async () => handleOrgRecordInfo(state, c.req.raw))),
  );
  app.post(
    ORG_TIMINGS_PATH,
    guarded((c) => state.counted(keyOf(c), () => handleOrgTimings(state, c.req.raw))),
  );
  app.get(
    `${NEW_API_FETCH_PATH}/:id`,
    guarded((c) =>
      state.counted(keyOf(c), async () =>
        handleNewApiFetch(state, c.req.raw, c.req.param('id') ?? ''),
      ),
    ),
  );
  app.post(
    NEW_API_FETCH_PATH,
    guarded((c) => state.counted(keyOf(c), () => handleNewApiBatch(state, c.req.raw))),
  );
  app.get(
    `${MEDIA_PREFIX}:name`,
    guarded((c) => handleMedia(media, c.req.raw, c.req.param('name') ?? '')),
  );
  app.get(
    `${SIM_PREFIX}/stream`,
    guarded((c) => handleStream(state, media, gate, c.req.raw)),
  );
  if (control) {
    app.all(
      `${CONTROL_PREFIX}:action`,
      guarded((c) => handleControl(state, c.req.raw, c.req.param('action') ?? '')),
    );
  }
  const index = () =>
    json(200, {
      name: 'Suno provider simulator',
      demoTasks: DEMO_TASKS,
      faultIdPrefixes: state.testTasks ? FAULT_ID_PREFIXES : {},
      media: media !== undefined,
      routes: [
        `POST ${CO_QUERY_PATH}`,
        `GET ${COM_CLIPS_PATH}?ids=a,b`,
        ...Object.entries(DIALECTS).flatMap(([id, routes]) =>
          routes.map((r) => `${r.method} ${SIM_PREFIX}/${id}${r.path}`),
        ),
        `GET ${ORG_RECORD_INFO_PATH}?taskId=<id>`,
        `POST ${ORG_TIMINGS_PATH}`,
        `GET ${NEW_API_FETCH_PATH}/<id>`,
        `POST ${NEW_API_FETCH_PATH}`,
        `GET ${MEDIA_PREFIX}<file>`,
        `GET ${SIM_PREFIX}/stream?item_id=<id>`,
        ...(control
          ? [
              `GET ${CONTROL_PREFIX}requests`,
              `POST ${CONTROL_PREFIX}reset`,
              `POST ${CONTROL_PREFIX}speed`,
            ]
          : []),
      ],
    });
  app.get(SIM_PREFIX, index);
  app.get(`${SIM_PREFIX}/`, index);
  app.all(`${SIM_PREFIX}/*`, () => json(404, { code: 404, message: 'Not found' }));
  return app;
}
