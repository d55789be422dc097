import { describe, expect, it } from 'vitest';
import { buildCall } from '../../src/domain/providers/call.ts';
import { PROVIDERS } from '../../src/domain/providers/index.ts';
import { pick, readBothWays } from './conformance.test-helper.ts';
import {
  DEMO_CLIP_IDS,
  NEON_CLIP_ID,
  ORIGIN,
  finishedSimulator,
} from './conformance.test-setup.ts';

const { app } = finishedSimulator();

/** What gcui-art's flattened clips carry, as the app reads them. */
const FIELDS = [
  'id',
  'title',
  'status',
  'imageUrl',
  'lyrics',
  'audioUrl',
  'audioProblem',
  'videoUrl',
  'createdAt',
  'modelName',
  'descriptionPrompt',
  'clipType',
  'tags',
  'duration',
  'errorMessage',
] as const;

describe('gcui-art suno-api dialect', () => {
  it('reads every demo clip as the Demo does', async () => {
    const { reference, dialect } = await readBothWays(app, 'gcui', 'clips', DEMO_CLIP_IDS);
    expect(dialect).toHaveLength(DEMO_CLIP_IDS.length);
    expect(pick(dialect, FIELDS)).toEqual(pick(reference, FIELDS));
  });

  it('reads a made-up clip ID as the Demo does', async () => {
    const id = '0badc0de-1234-4abc-8def-0123456789ab';
    const { reference, dialect } = await readBothWays(app, 'gcui', 'clips', [id]);
    expect(pick(dialect, ['id', 'title', 'tags', 'lyrics'])).toEqual(
      pick(reference, ['id', 'title', 'tags', 'lyrics']),
    );
  });

  it('answers the aligned-lyrics call with the bare word list, no key needed', async () => {
    const spec = PROVIDERS.gcui.extraCalls?.timings;
    if (!spec) throw new Error('gcui declares timings');
    const built = buildCall(spec, [NEON_CLIP_ID]);
    const response = await app.request(`${ORIGIN}/sim/gcui${built.path}${built.search}`);
    const words = (await response.json()) as { word: string; end_s: number }[];
    expect(words[0]?.word.startsWith('[Verse]\n')).toBe(true);
    expect(words.at(-1)?.end_s).toBeLessThan(200);
  });
});
