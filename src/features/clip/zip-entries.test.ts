// @vitest-environment node
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clip } from '../../domain/clip';
import { relayUrl } from './fetch-media';
import { zipEntries, type ZipEntry, type ZipJob, type ZipReport } from './zip-entries';
import { song as baseSong } from './test-fixtures/songs';

const fixtures = join(import.meta.dirname, 'test-fixtures');
const mp3 = readFileSync(join(fixtures, 'tiny.mp3'));
const jpeg = readFileSync(join(fixtures, 'cover.jpg'));

type Answer = Response | 'cors';
/** The network edge: each URL's answer; anything else is a 404. 'cors': the browser refuses. */
function stubNetwork(answers: Record<string, () => Answer>) {
  const mock = vi.fn<typeof fetch>((input) => {
    const answer = answers[String(input)]?.() ?? new Response('missing', { status: 404 });
    return answer === 'cors'
      ? Promise.reject(new TypeError('Failed to fetch'))
      : Promise.resolve(answer);
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}

const audio = () => new Response(mp3, { headers: { 'Content-Type': 'application/octet-stream' } });
const image = () => new Response(jpeg, { headers: { 'Content-Type': 'image/jpeg' } });

function song(n: number, over: Partial<Clip> = {}): Clip {
  const id = baseSong(n).id;
  return baseSong(n, {
    displayName: 'Night Shift',
    duration: 60 + n,
    lyrics: '[Verse]\nLights on the water',
    imageLargeUrl: `https://cdn.test/image_large_${id}.jpeg`,
    ...over,
  });
}

function newJob(clips: Clip[], over: Partial<ZipJob> = {}): ZipJob {
  return {
    clips,
    refresh: () => Promise.resolve(null),
    signal: new AbortController().signal,
    ...over,
  };
}

async function collect(job: ZipJob): Promise<{ entries: ZipEntry[]; report: ZipReport }> {
  const report: ZipReport = { included: 0, leftOut: [], notes: [] };
  const entries: ZipEntry[] = [];
  for await (const entry of zipEntries(job, 'Suno clips - 5a1e0001.m3u8', report)) {
    entries.push(entry);
  }
  return { entries, report };
}

beforeEach(() => {
  vi.stubGlobal('window', { location: { href: 'http://app.test/', origin: 'http://app.test' } });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('zipEntries', () => {
  it('gives each clip its tagged MP3, LRC and cover, then the playlist; a refused clip is left out and said why', async () => {
    const [one, two, three] = [song(1), song(2), song(3)];
    const answers: Record<string, () => Answer> = {};
    for (const c of [one, three]) {
      answers[c.audioUrl ?? ''] = audio;
      answers[c.imageLargeUrl ?? ''] = image;
    }
    stubNetwork(answers);
    const progress: [number, number][] = [];
    const { entries, report } = await collect(
      newJob([one, two, three], {
        lrcOf: (clip) => Promise.resolve(clip === one ? '[00:01.00]Lights\n' : null),
        onProgress: (done, total) => progress.push([done, total]),
      }),
    );
    expect(entries.map((e) => e.name)).toEqual([
      'Song 1 - 5a1e0001.mp3',
      'Song 1 - 5a1e0001.lrc',
      'Song 1 - 5a1e0001.jpeg',
      'Song 3 - 5a1e0003.mp3',
      'Song 3 - 5a1e0003.jpeg',
      'Suno clips - 5a1e0001.m3u8',
    ]);
    const first = new Uint8Array(await entries[0]!.input.arrayBuffer());
    expect([...first.subarray(0, 3)]).toEqual([0x49, 0x44, 0x33]);
    const playlist = await entries[5]!.input.text();
    expect(playlist).toContain('#EXTINF:61,Night Shift - Song 1\nSong 1 - 5a1e0001.mp3');
    expect(playlist).toContain('Song 3 - 5a1e0003.mp3');
    expect(playlist).not.toContain('Song 2');
    expect(report).toEqual({
      included: 2,
      leftOut: [{ title: 'Song 2', reason: 'the audio host answered 404' }],
      notes: [],
    });
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('leaves out clips that are not finished or failed, without asking the network', async () => {
    const network = stubNetwork({});
    const { entries, report } = await collect(
      newJob([song(1, { status: 'streaming' }), song(2, { status: 'error' })]),
    );
    expect(entries).toEqual([]);
    expect(report.leftOut.map((l) => l.reason)).toEqual(['it is not finished yet', 'it failed']);
    expect(network).not.toHaveBeenCalled();
  });

  it('heals an expired link through the lookup, once', async () => {
    const old = song(1, { audioUrl: 'https://cdn.test/old.mp3', imageLargeUrl: null });
    const fresh = { ...old, audioUrl: 'https://cdn.test/fresh.mp3' };
    stubNetwork({
      [old.audioUrl ?? '']: () => new Response('expired', { status: 403 }),
      [fresh.audioUrl]: audio,
    });
    const refresh = vi.fn(() => Promise.resolve(fresh));
    const { entries, report } = await collect(newJob([old], { refresh }));
    expect(refresh).toHaveBeenCalledWith(old.id, old.audioUrl);
    expect(report.included).toBe(1);
    expect(entries.map((e) => e.name)).toEqual([
      'Song 1 - 5a1e0001.mp3',
      'Suno clips - 5a1e0001.m3u8',
    ]);
  });

  it('reads media through the app’s relay when the host refuses cross-origin reads', async () => {
    const clip = song(1);
    const network = stubNetwork({
      [clip.audioUrl ?? '']: () => 'cors',
      [relayUrl(clip.audioUrl ?? '')]: audio,
      [clip.imageLargeUrl ?? '']: () => 'cors',
      [relayUrl(clip.imageLargeUrl ?? '')]: image,
    });
    const { report, entries } = await collect(newJob([clip]));
    expect(report.included).toBe(1);
    expect(entries.map((e) => e.name)).toContain('Song 1 - 5a1e0001.jpeg');
    expect(network.mock.calls.map((c) => String(c[0]))).toContain(
      `/proxy/media?url=${encodeURIComponent(clip.audioUrl ?? '')}`,
    );
  });

  it('says so when neither the host nor the relay lets the audio be read', async () => {
    const clip = song(1);
    stubNetwork({ [clip.audioUrl ?? '']: () => 'cors' });
    const { report } = await collect(newJob([clip]));
    expect(report.leftOut).toEqual([
      {
        title: 'Song 1',
        reason: 'the audio host refused this page, directly and through the app’s relay',
      },
    ]);
  });

  it('stops at Cancel: no further clip is fetched and the AbortError ends the ZIP', async () => {
    const clips = [song(1), song(2), song(3)];
    const answers: Record<string, () => Answer> = {};
    for (const c of clips) answers[c.audioUrl ?? ''] = audio;
    const network = stubNetwork(answers);
    const controller = new AbortController();
    const job = newJob(clips, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 1) controller.abort();
      },
    });
    await expect(collect(job)).rejects.toMatchObject({ name: 'AbortError' });
    const asked = network.mock.calls.map((c) => String(c[0]));
    expect(asked.some((url) => url.includes(clips[1]!.id))).toBe(false);
  });
});
