import { createHash, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TASK_LINKS } from '../src/domain/demo-tasks.ts';
import { DEMO_TASKS } from './demo-tasks.ts';
import { MEDIA_VARIANTS } from './media-variants.ts';
import { createSimulator, type Simulator } from './server.ts';

const CO_QUERY = '/sim/sunoapi-co/suno/v3.5/music/query';
const COM_CLIPS = '/sim/sunoapi-com/api/v2/suno/v3.5/clips';
const KEY = 'test-key-never-logged';

/** The flat clip fields of the sunoapi.co seed response, all of which must be present. */
const SEED_CLIP_FIELDS = [
  'id',
  'title',
  'handle',
  'status',
  'is_liked',
  'reaction',
  'audio_url',
  'image_url',
  'is_public',
  'video_url',
  'created_at',
  'is_trashed',
  'model_name',
  'play_count',
  'upvote_count',
  'image_large_url',
  'avatar_image_url',
  'is_video_pending',
  'is_handle_updated',
  'major_model_version',
];

interface ApiClip {
  id: string;
  status: string;
  audio_url: string;
  video_url: string;
  image_url: string | null;
  image_large_url: string | null;
  is_video_pending: boolean;
  metadata: { duration: number | null; type: string };
}

interface CoResponse {
  code: number;
  task_id: string;
  status: string;
  prompt: { prompt: string };
  clips: ApiClip[];
}

let simulator: Simulator;
let server: Server;
let base: string;

function taskId(prefix = ''): string {
  const id = randomUUID();
  return prefix + id.slice(prefix.length);
}

function queryTask(id: string, headers: Record<string, string> = { Authorization: KEY }) {
  return fetch(`${base}${CO_QUERY}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ task_id: id }),
  });
}

async function bytes(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  simulator = createSimulator({ speed: 1, control: true });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: simulator.app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(),
    ) as Server;
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // First-time generation of all media takes a while; later runs hit the disk cache.
  await simulator.media.warmAll();
}, 300_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('sunoapi.co task query', () => {
  it('refuses a request without a key', async () => {
    const response = await queryTask(randomUUID(), {});
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 401, message: 'Unauthorized' });
  });

  it('answers in the seed shape, starting as submitted with no media yet', async () => {
    const id = taskId();
    const response = await queryTask(id);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await response.json()) as CoResponse;
    expect(body).toMatchObject({ code: 200, task_id: id, status: 'submitted' });
    expect(typeof body.prompt.prompt).toBe('string');
    expect(body.clips).toHaveLength(2);
    for (const clip of body.clips) {
      for (const field of SEED_CLIP_FIELDS) expect(clip).toHaveProperty(field);
      expect(clip).toHaveProperty('metadata.tags');
      expect(clip).toHaveProperty('display_name');
      expect(clip).toMatchObject({ audio_url: '', video_url: '', image_url: null });
      // Suno sends 0 until the length is known.
      expect(clip.metadata.duration).toBe(0);
    }
    expect(body.clips[0]?.id).not.toBe(body.clips[1]?.id);
  });

  it('gives the same content for the same task id', async () => {
    const id = taskId();
    const first = (await (await queryTask(id)).json()) as CoResponse;
    const second = (await (await queryTask(id)).json()) as CoResponse;
    expect(second.clips.map((clip) => clip.id)).toEqual(first.clips.map((clip) => clip.id));
  });

  it('offers the app the same demo tasks it serves', () => {
    expect(DEMO_TASK_LINKS.map((t) => t.id)).toEqual(DEMO_TASKS.map((t) => t.id));
  });

  it('serves the demo tasks, including lineage and a moderated clip', async () => {
    const [, paper, glass] = DEMO_TASKS;
    const paperBody = (await (await queryTask(paper?.id ?? '')).json()) as CoResponse;
    expect(paperBody.clips.map((clip) => clip.metadata.type)).toEqual(['gen', 'concat']);
    const glassBody = (await (await queryTask(glass?.id ?? '')).json()) as CoResponse;
    expect(glassBody.clips).toHaveLength(2);
  });
});

describe('sunoapi.com clips', () => {
  it('needs a Bearer key and valid ids', async () => {
    expect((await fetch(`${base}${COM_CLIPS}?ids=${randomUUID()}`)).status).toBe(401);
    const auth = { Authorization: `Bearer ${KEY}` };
    expect((await fetch(`${base}${COM_CLIPS}?ids=nope`, { headers: auth })).status).toBe(400);
  });

  it('returns the clips of a known task in the seed shape', async () => {
    const task = (await (await queryTask(taskId())).json()) as CoResponse;
    const ids = task.clips.map((clip) => clip.id);
    const response = await fetch(`${base}${COM_CLIPS}?ids=${ids.join(',')}`, {
      headers: { Authorization: `Bearer ${KEY}` },
    });
    const body = (await response.json()) as {
      clips: ApiClip[];
      num_total_results: number;
      current_page: number;
    };
    expect(body.num_total_results).toBe(2);
    expect(body.current_page).toBe(0);
    expect(body.clips.map((clip) => clip.id)).toEqual(ids);
    expect(body.clips[0]).toHaveProperty('metadata.history');
  });
});

describe('clock over HTTP', () => {
  it('advances a task to complete with its video', async () => {
    await fetch(`${base}/sim/control/speed`, { method: 'POST', body: '{"speed":2000}' });
    const id = taskId();
    let body: CoResponse | undefined;
    try {
      // Bounded polling: the loop ends on completion, never on elapsed time.
      for (let attempt = 0; attempt < 2000; attempt++) {
        body = (await (await queryTask(id)).json()) as CoResponse;
        if (body.status === 'complete' && body.clips.every((clip) => !clip.is_video_pending)) {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    } finally {
      await fetch(`${base}/sim/control/speed`, { method: 'POST', body: '{"speed":1}' });
    }
    expect(body?.status).toBe('complete');
    const durations = MEDIA_VARIANTS.map((variant) => variant.durationSec);
    for (const clip of body?.clips ?? []) {
      expect(clip.audio_url).toBe(`${base}/sim/media/${clip.id}.mp3`);
      expect(clip.video_url).toBe(`${base}/sim/media/${clip.id}.mp4`);
      expect(clip.image_url).toBe(`${base}/sim/media/image_${clip.id}.jpeg`);
      expect(durations).toContain(clip.metadata.duration);
    }
  });
});

describe('media', () => {
  const clipId = randomUUID();

  it('serves an MP3 whose size fits its duration', async () => {
    const { response, body } = await bytes(`/sim/media/${clipId}.mp3`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    const startsWithId3 = body.subarray(0, 3).toString('latin1') === 'ID3';
    const startsWithFrame = body[0] === 0xff && ((body[1] ?? 0) & 0xe0) === 0xe0;
    expect(startsWithId3 || startsWithFrame).toBe(true);
    const durations = MEDIA_VARIANTS.map((variant) => variant.durationSec);
    // 96 kbit/s constant bit rate is 12,000 bytes per second.
    const durationFromSize = body.length / 12_000;
    expect(durations.some((d) => Math.abs(d - durationFromSize) < d * 0.05)).toBe(true);
  });

  it('answers Range requests with 206 and 416', async () => {
    const full = await fetch(`${base}/sim/media/${clipId}.mp3`, { method: 'HEAD' });
    const size = Number(full.headers.get('content-length'));
    const { response, body } = await bytes(`/sim/media/${clipId}.mp3`, { Range: 'bytes=100-299' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 100-299/${size}`);
    expect(body.length).toBe(200);
    const tail = await bytes(`/sim/media/${clipId}.mp3`, { Range: 'bytes=-10' });
    expect(tail.response.headers.get('content-range')).toBe(
      `bytes ${size - 10}-${size - 1}/${size}`,
    );
    const bad = await fetch(`${base}/sim/media/${clipId}.mp3`, {
      headers: { Range: `bytes=${size}-` },
    });
    expect(bad.status).toBe(416);
    expect(bad.headers.get('content-range')).toBe(`bytes */${size}`);
  });

  it('serves JPEG covers in two sizes and an MP4 video', async () => {
    const small = await bytes(`/sim/media/image_${clipId}.jpeg`);
    const large = await bytes(`/sim/media/image_large_${clipId}.jpeg`);
    for (const image of [small, large]) {
      expect(image.response.headers.get('content-type')).toBe('image/jpeg');
      expect(image.body.readUInt16BE(0)).toBe(0xffd8);
    }
    expect(large.body.length).toBeGreaterThan(small.body.length);
    const video = await bytes(`/sim/media/${clipId}.mp4`);
    expect(video.response.headers.get('content-type')).toBe('video/mp4');
    expect(video.body.subarray(4, 8).toString('latin1')).toBe('ftyp');
  });

  it('sends CORS headers and 404s unknown files', async () => {
    const { response } = await bytes(`/sim/media/image_${clipId}.jpeg`);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('Content-Range');
    expect((await fetch(`${base}/sim/media/None.mp3`)).status).toBe(404);
  });
});

describe('faults', () => {
  it('answers 404 for a not-found task', async () => {
    const response = await queryTask(taskId('fa170404'));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 404, message: 'Task not found' });
  });

  it('fails twice with 500, then answers', async () => {
    const id = taskId('fa170500');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await queryTask(id)).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('rate-limits once with Retry-After when asked by header', async () => {
    const id = taskId();
    const headers = { Authorization: KEY, 'x-sim-fault': 'rate-limit' };
    const first = await queryTask(id, headers);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('3');
    expect((await queryTask(id, headers)).status).toBe(200);
  });

  it('returns JSON that is not clips', async () => {
    const response = await queryTask(taskId('fa17bad1'));
    expect(await response.json()).toEqual({ code: 200, data: 'nope' });
  });
});

describe('control', () => {
  it('logs requests without their keys and clears them on reset', async () => {
    await fetch(`${base}/sim/control/reset`, { method: 'POST' });
    const empty = (await (await fetch(`${base}/sim/control/requests`)).json()) as { count: number };
    expect(empty.count).toBe(0);
    const id = taskId();
    await queryTask(id);
    const text = await (await fetch(`${base}/sim/control/requests`)).text();
    const log = JSON.parse(text) as { count: number; requests: { ids: string[] }[] };
    expect(log.count).toBe(1);
    expect(log.requests[0]?.ids).toEqual([id]);
    expect(text).not.toContain(KEY);
  });
});

describe('control routes', () => {
  it('exist only when asked for: never in production', async () => {
    const production = createSimulator({ speed: 1 });
    for (const [method, action] of [
      ['GET', 'requests'],
      ['POST', 'reset'],
      ['POST', 'speed'],
    ] as const) {
      const response = await production.app.request(`/sim/control/${action}`, { method });
      expect(response.status, action).toBe(404);
    }
    const index = (await (await production.app.request('/sim')).json()) as { routes: string[] };
    expect(index.routes.join(' ')).not.toContain('control');
  });
});

describe('finished and large tasks', () => {
  interface TaskBody {
    status: string;
    clips: { id: string; status: string; is_video_pending: boolean; audio_url: string }[];
  }

  it('serves a c0c0 task already complete with its video', async () => {
    const body = (await (await queryTask(taskId('c0c0'))).json()) as TaskBody;
    expect(body.status).toBe('complete');
    expect(body.clips).toHaveLength(2);
    expect(body.clips.every((c) => c.status === 'complete' && !c.is_video_pending)).toBe(true);
    expect(body.clips[0]?.audio_url).toMatch(/\/sim\/media\/.+\.mp3$/);
  });

  it('serves a b16c0100 task as a complete gallery of 100 distinct clips', async () => {
    const body = (await (await queryTask(taskId('b16c0100'))).json()) as TaskBody;
    expect(body.clips).toHaveLength(100);
    expect(new Set(body.clips.map((c) => c.id)).size).toBe(100);
    expect(body.clips.every((c) => c.status === 'complete')).toBe(true);
  });

  it('resets only the clocks it is asked to', async () => {
    const [a, b] = [taskId(), taskId()];
    await queryTask(a);
    await queryTask(b);
    await fetch(`${base}/sim/control/speed`, {
      method: 'POST',
      body: JSON.stringify({ speed: 1000 }),
    });
    await new Promise((r) => setTimeout(r, 100));
    await fetch(`${base}/sim/control/speed`, {
      method: 'POST',
      body: JSON.stringify({ speed: 1 }),
    });
    await fetch(`${base}/sim/control/reset`, {
      method: 'POST',
      body: JSON.stringify({ ids: [a] }),
    });
    const first = (await (await queryTask(a)).json()) as TaskBody;
    const second = (await (await queryTask(b)).json()) as TaskBody;
    expect(first.status).toBe('submitted');
    expect(second.status).not.toBe('submitted');
  });
});

describe('what real providers do', () => {
  interface TaskBody {
    clips: {
      id: string;
      status: string;
      audio_url: string;
      model_name: string;
      major_model_version: string | null;
      metadata: Record<string, unknown>;
    }[];
  }

  it('logs a fingerprint of the key that arrived, never the key', async () => {
    await fetch(`${base}/sim/control/reset`, { method: 'POST' });
    await queryTask(taskId(), { Authorization: KEY });
    await queryTask(taskId(), {});
    const text = await (await fetch(`${base}/sim/control/requests`)).text();
    const log = JSON.parse(text) as { requests: { key: string | null }[] };
    const expected = createHash('sha256').update(KEY).digest('hex').slice(0, 12);
    expect(log.requests.map((r) => r.key)).toEqual([expected, null]);
    expect(text).not.toContain(KEY);
  });

  it('hands out signed media links for e7b1 clips that expire, and fresh ones on asking again', async () => {
    const id = taskId('e7b1');
    const first = (await (await queryTask(id)).json()) as TaskBody;
    const audio = new URL(first.clips[0]?.audio_url ?? '');
    expect(audio.searchParams.get('sig')).toMatch(/^[0-9a-f]{32}$/);
    expect((await fetch(audio)).status).toBe(200);
    // Unsigned or forged, the file is refused as a signed CDN refuses it.
    const unsigned = `${audio.origin}${audio.pathname}`;
    expect((await fetch(unsigned)).status).toBe(403);
    const forged = new URL(audio);
    forged.searchParams.set('expires', String(Number(audio.searchParams.get('expires')) + 999));
    expect((await fetch(forged)).status).toBe(403);
    const expired = new URL(audio);
    expired.searchParams.set('expires', '1');
    expect((await fetch(expired)).status).toBe(403);
  });

  it('echoes the clips of a d0b1 task, the copies with their IDs in capitals', async () => {
    const body = (await (await queryTask(taskId('d0b1'))).json()) as TaskBody;
    const ids = body.clips.map((c) => c.id);
    expect(ids).toHaveLength(4);
    expect(ids.slice(2)).toEqual(ids.slice(0, 2).map((i) => i.toUpperCase()));
  });

  it('serves Cover Stories with newer models’ lineage fields and a locked stem', async () => {
    const modern = DEMO_TASKS[3];
    await fetch(`${base}/sim/control/reset`, {
      method: 'POST',
      body: JSON.stringify({ ids: [modern?.id] }),
    });
    const early = (await (await queryTask(modern?.id ?? '')).json()) as TaskBody;
    const [cover, remix, , stem] = early.clips;
    expect(cover?.metadata).toMatchObject({ task: 'cover', cover_clip_id: expect.any(String) });
    expect(cover?.model_name).toBe('chirp-crow');
    expect(remix?.metadata).toHaveProperty('lyric');
    expect(remix?.metadata).not.toHaveProperty('prompt');
    expect(remix?.metadata.clip_roots).toMatchObject({ clip_attribution_type: 'remix' });
    expect(stem?.metadata).toMatchObject({ task: 'gen_stem' });
  });
});
