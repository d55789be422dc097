import { describe, expect, it } from 'vitest';
import { buildCall, callHeaders } from '../../src/domain/providers/call.ts';
import { PROVIDERS } from '../../src/domain/providers/index.ts';
import { pick, readBothWays } from './conformance.test-helper.ts';
import {
  DEMO_TASK_IDS,
  NEON_CLIP_ID,
  ORIGIN,
  finishedSimulator,
} from './conformance.test-setup.ts';

const { app } = finishedSimulator();
const info = PROVIDERS.acedata;

/** What AceData's clips carry, as the app reads them. */
const FIELDS = [
  'id',
  'title',
  'status',
  'audioUrl',
  'audioProblem',
  'videoUrl',
  'imageUrl',
  'modelName',
  'createdAt',
  'tags',
  'lyrics',
  'duration',
  'taskPrompt',
  'errorMessage',
] as const;

async function call(name: 'batch' | 'timings', ids: string[], key = 'k'): Promise<Response> {
  const spec = info.extraCalls?.[name];
  if (!spec) throw new Error(`AceData declares ${name}`);
  const built = buildCall(spec, ids);
  return app.request(`${ORIGIN}/sim/acedata${built.path}${built.search}`, {
    method: built.method,
    headers: callHeaders(info, spec, built, key),
    body: built.body,
  });
}

describe('AceData dialect', () => {
  it.each(DEMO_TASK_IDS)('reads task %s as the Demo does', async (id) => {
    const { reference, dialect } = await readBothWays(app, 'acedata', 'task', [id]);
    expect(dialect.some((clip) => clip.status === 'complete')).toBe(true);
    const carried = FIELDS.filter((f) => f !== 'errorMessage');
    expect(pick(dialect, carried)).toEqual(pick(reference, carried));
  });

  it('answers several tasks in one call', async () => {
    const response = await call('batch', DEMO_TASK_IDS.slice(0, 2));
    const body = (await response.json()) as { items: { id: string }[]; count: number };
    expect(body.count).toBe(2);
    expect(body.items.map((item) => item.id)).toEqual(DEMO_TASK_IDS.slice(0, 2));
  });

  it('answers the timing call with words marked by section and line', async () => {
    const response = await call('timings', [NEON_CLIP_ID]);
    const body = (await response.json()) as {
      success: boolean;
      data: { aligned_words: { word: string; start_s: number }[] };
    };
    expect(body.success).toBe(true);
    expect(body.data.aligned_words[0]?.word).toMatch(/^\[Verse\]\n\S+ $/);
    expect(body.data.aligned_words.some((w) => w.word.endsWith('\n\n'))).toBe(true);
  });

  it('refuses a call without a key in its envelope', async () => {
    const response = await call('timings', [NEON_CLIP_ID], '');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_token' } });
  });
});
