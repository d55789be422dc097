import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { M4A_ID_PREFIX } from './audio-format.ts';
import { MEDIA_VARIANTS } from './media-variants.ts';
import { createSimulator } from './server.ts';

const ORIGIN = 'http://sim.test';
const simulator = createSimulator({ speed: 1 });

function m4aId(): string {
  return `${M4A_ID_PREFIX}${randomUUID().slice(M4A_ID_PREFIX.length)}`;
}

interface ApiClip {
  id: string;
  status: string;
  audio_url: string;
  metadata: { duration: number };
}

async function queryTask(id: string): Promise<ApiClip[]> {
  const response = await simulator.app.request(`${ORIGIN}/sim/sunoapi-co/suno/v3.5/music/query`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'key' },
    body: JSON.stringify({ task_id: id }),
  });
  return ((await response.json()) as { clips: ApiClip[] }).clips;
}

function media(name: string, headers: Record<string, string> = {}) {
  return simulator.app.request(`${ORIGIN}/sim/media/${name}`, { headers });
}

describe('m4a audio', () => {
  it('an aac4 task is complete at once, its clips carrying the prefix and .m4a audio', async () => {
    const clips = await queryTask(m4aId());
    expect(clips).toHaveLength(2);
    for (const clip of clips) {
      expect(clip.status).toBe('complete');
      expect(clip.id.startsWith(M4A_ID_PREFIX)).toBe(true);
      expect(clip.audio_url).toBe(`${ORIGIN}/sim/media/${clip.id}.m4a`);
    }
  });

  it('other tasks keep their MP3s', async () => {
    const clips = await queryTask(`c0c0${randomUUID().slice(4)}`);
    for (const clip of clips) expect(clip.audio_url).toMatch(/\.mp3$/);
  });

  it('serves AAC in MP4 with byte ranges, as long as the song', async () => {
    const id = randomUUID();
    const whole = await media(`${id}.m4a`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/mp4');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    const body = Buffer.from(await whole.arrayBuffer());
    expect(body.subarray(4, 8).toString('latin1')).toBe('ftyp');
    // The sample description names the codec: AAC audio is `mp4a`.
    expect(body.includes(Buffer.from('mp4a', 'latin1'))).toBe(true);
    // 96 kbit/s is about 12,000 bytes per second, give or take the container.
    const seconds = body.length / 12_000;
    const durations = MEDIA_VARIANTS.map((v) => v.durationSec);
    expect(durations.some((d) => Math.abs(d - seconds) < d * 0.15)).toBe(true);

    const part = await media(`${id}.m4a`, { Range: 'bytes=100-299' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-299/${body.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(body.subarray(100, 300));
    const beyond = await media(`${id}.m4a`, { Range: `bytes=${body.length}-` });
    expect(beyond.status).toBe(416);
  }, 120_000);

  it('still 404s what is not a clip file', async () => {
    expect((await media('None.m4a')).status).toBe(404);
    expect((await media(`image_${randomUUID()}.m4a`)).status).toBe(404);
  });
});
