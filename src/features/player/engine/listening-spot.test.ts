import { describe, expect, it } from 'vitest';
import { blankClip, type Clip } from '../../../domain/clip';
import { SPOT_MAX_AGE_MS, spotIn } from './listening-spot';

const NOW = 1_800_000_000_000;

function clipFixture(fields: Partial<Clip> & { id: string }): Clip {
  return {
    ...blankClip(fields.id),
    status: 'complete',
    audioUrl: `https://cdn.example/${fields.id}.mp3`,
    ...fields,
  };
}

describe('spotIn', () => {
  const queue = [clipFixture({ id: 'a' }), clipFixture({ id: 'b' })];

  it('finds the clip the person left, at the second they left it', () => {
    expect(spotIn(queue, { clipId: 'b', at: 64.2, savedAt: NOW - 1000 }, NOW)).toEqual({
      clip: queue[1],
      at: 64.2,
    });
  });

  it('finds nothing for another lookup, an old spot or no spot', () => {
    expect(spotIn(queue, { clipId: 'z', at: 3, savedAt: NOW }, NOW)).toBeNull();
    expect(
      spotIn(queue, { clipId: 'a', at: 3, savedAt: NOW - SPOT_MAX_AGE_MS - 1 }, NOW),
    ).toBeNull();
    expect(spotIn(queue, null, NOW)).toBeNull();
  });

  it('finds nothing for a clip that cannot play', () => {
    const silent = [clipFixture({ id: 'a', audioUrl: null })];
    expect(spotIn(silent, { clipId: 'a', at: 3, savedAt: NOW }, NOW)).toBeNull();
  });
});
