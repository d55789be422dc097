import { describe, expect, it } from 'vitest';
import { mediaRefusal } from './media-refusal.ts';

const ID = '5a1e0001-0000-4000-8000-000000000001';
const REFUSED = 'fa170403-0000-4000-8000-000000000001';
const url = (query = '') => new URL(`http://sim.test/sim/media/x${query}`);

describe('media refusal', () => {
  it('refuses every file of a fa170403 clip like an unsigned CDN link', async () => {
    for (const name of [`${REFUSED}.mp3`, `${REFUSED}.mp4`, `image_large_${REFUSED}.jpeg`]) {
      const refused = mediaRefusal(name, url());
      expect(refused?.status, name).toBe(403);
      expect(await refused?.text()).toContain('Missing Key-Pair-Id');
    }
    expect(mediaRefusal(`${ID}.mp3`, url())).toBeNull();
  });

  it('honours ?expires= like a signed link: served until then, refused after', async () => {
    const now = 1_800_000_000_000;
    expect(mediaRefusal(`${ID}.mp3`, url('?expires=1800000001'), now)).toBeNull();
    const expired = mediaRefusal(`${ID}.mp3`, url('?expires=1800000000'), now);
    expect(expired?.status).toBe(403);
    expect(await expired?.text()).toContain('Request has expired');
    expect(mediaRefusal(`${ID}.mp3`, url('?expires=soon'), now)?.status).toBe(403);
  });
});
