import { describe, expect, it } from 'vitest';
import { simulatorApp } from '../app.ts';
import { SimState } from '../sim-state.ts';
import { pick, readBothWays } from './conformance.test-helper.ts';

const NEON = '5a1e0001-0000-4000-8000-000000000001';
const NEON_CLIP = '5a1e0001-c000-4000-8000-000000000001';
const FIELDS = [
  'id',
  'title',
  'status',
  'audioUrl',
  'imageUrl',
  'lyrics',
  'tags',
  'duration',
  'modelName',
  'modelVersion',
  'createdAt',
  'taskPrompt',
] as const;

/** A simulator whose task clock started `secondsAgo` sim seconds ago. */
function simulatorAt(taskId: string, secondsAgo: number) {
  const state = new SimState(1);
  state.clocks.startedAgo(`task:${taskId}`, secondsAgo);
  return { state, app: simulatorApp({ state, control: false }) };
}

const KEY = { Authorization: 'Bearer conformance-key' };

describe('sunoapi.org dialect', () => {
  it('reads the demo task back as the reference reads it once the clips are complete', async () => {
    const { app } = simulatorAt(NEON, 1000);
    const { reference, dialect } = await readBothWays(app, 'sunoapi-org', 'task', [NEON]);
    expect(reference.map((c) => c.status)).toEqual(['complete', 'complete']);
    expect(pick(dialect, FIELDS)).toEqual(pick(reference, FIELDS));
    expect(dialect[0]?.rawStatus).toBe('SUCCESS');
  });

  it('plays the stream while the clips are being made', async () => {
    const { app } = simulatorAt(NEON, 20);
    const { reference, dialect } = await readBothWays(app, 'sunoapi-org', 'task', [NEON]);
    expect(dialect.map((c) => c.status)).toEqual(['streaming', 'streaming']);
    expect(pick(dialect, ['id', 'status', 'audioUrl'])).toEqual(
      pick(reference, ['id', 'status', 'audioUrl']),
    );
  });

  it('answers made-up tasks, tokens included, and refuses a missing key', async () => {
    const { app } = simulatorAt(NEON, 0);
    const base = 'http://sim.test/sim/sunoapi-org/api/v1/generate/record-info';
    const token = await app.request(`${base}?taskId=5c79a1f0b3e94c2d8f6a7b1c2d3ebe8e`, {
      headers: KEY,
    });
    expect(await token.json()).toMatchObject({ code: 200, data: { status: 'PENDING' } });
    const noKey = await app.request(`${base}?taskId=${NEON}`);
    expect(noKey.status).toBe(401);
  });

  it('times the demo clip’s words, section marks folded in', async () => {
    const { app } = simulatorAt(NEON, 1000);
    const response = await app.request(
      'http://sim.test/sim/sunoapi-org/api/v1/generate/get-timestamped-lyrics',
      {
        method: 'POST',
        headers: { ...KEY, 'Content-Type': 'application/json' },
        body: JSON.stringify({ taskId: NEON, audioId: NEON_CLIP }),
      },
    );
    const body = (await response.json()) as {
      code: number;
      data: { alignedWords: { word: string; start_s: number; end_s: number }[] };
    };
    expect(body.code).toBe(200);
    const words = body.data.alignedWords;
    expect(words[0]?.word).toBe('[Verse]\nCranes ');
    expect(words[5]?.word).toBe('skyline\n');
    expect(words.at(-1)?.end_s).toBeLessThan(180);
  });
});
