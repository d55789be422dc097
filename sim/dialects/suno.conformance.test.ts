import { describe, expect, it } from 'vitest';
import { buildCall, callHeaders } from '../../src/domain/providers/call.ts';
import { PROVIDERS } from '../../src/domain/providers/index.ts';
import { readBothWays } from './conformance.test-helper.ts';
import {
  DEMO_CLIP_IDS,
  NEON_CLIP_ID,
  ORIGIN,
  finishedSimulator,
} from './conformance.test-setup.ts';

const { app } = finishedSimulator();

describe('Suno external API dialect', () => {
  it('reads every demo clip exactly as the Demo does (the same Suno clip)', async () => {
    const { reference, dialect } = await readBothWays(app, 'suno', 'clips', DEMO_CLIP_IDS);
    expect(dialect).toHaveLength(DEMO_CLIP_IDS.length);
    expect(dialect).toEqual(reference);
  });

  it('answers aligned lyrics v2 with words and the lines they make', async () => {
    const info = PROVIDERS.suno;
    const spec = info.extraCalls?.timings;
    if (!spec) throw new Error('Suno declares timings');
    const built = buildCall(spec, [NEON_CLIP_ID]);
    const response = await app.request(`${ORIGIN}/sim/suno${built.path}`, {
      headers: callHeaders(info, spec, built, 'k'),
    });
    const body = (await response.json()) as {
      aligned_words: unknown[];
      aligned_lyrics: { text: string; section: string; words: unknown[] }[];
    };
    expect(body.aligned_words.length).toBeGreaterThan(50);
    expect(body.aligned_lyrics[0]).toMatchObject({
      text: 'Cranes are sleeping on the skyline',
      section: 'Verse',
    });
    const inLines = body.aligned_lyrics.reduce((n, line) => n + line.words.length, 0);
    expect(inLines).toBe(body.aligned_words.length);
  });
});
