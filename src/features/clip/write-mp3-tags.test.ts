// @vitest-environment node
/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankClip } from '../../domain/clip';
import { mp3TagsOf } from './mp3-tags';
import { writeMp3Tags } from './write-mp3-tags';

const fixtures = join(import.meta.dirname, 'test-fixtures');
const mp3 = readFileSync(join(fixtures, 'tiny.mp3'));
const cover = readFileSync(join(fixtures, 'cover.jpg'));

const clip = {
  ...blankClip('0b2d6c1e-1111-4222-8333-444455556666'),
  title: 'Neon Harbor',
  displayName: 'Night Shift',
  taskPrompt: 'a synthwave song',
  createdAt: '2025-03-04T05:06:07Z',
  tags: ['synthwave', 'dreamy'],
  lyrics: '[Verse]\nLights on the water',
  modelName: 'chirp-crow',
  imageUrl: 'https://cdn.example/cover.jpeg',
};

interface Probe {
  format: { tags?: Record<string, string> };
  streams: { codec_type: string; codec_name: string; disposition?: { attached_pic?: number } }[];
}

/** ffprobe's reading of the file: a reader other than the writer. */
function probe(bytes: Uint8Array): Probe {
  const file = join(mkdtempSync(join(tmpdir(), 'tags-')), 'song.mp3');
  writeFileSync(file, bytes);
  const out = spawnSync(
    'ffprobe',
    ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file],
    { encoding: 'utf8' },
  );
  expect(out.status, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as Probe;
}

const pictureOf = (p: Probe) => p.streams.filter((s) => s.disposition?.attached_pic === 1);

describe('writeMp3Tags on a real MP3', () => {
  it('writes every tag and the cover, and ffprobe reads them back', async () => {
    const tags = mp3TagsOf({ clip, shareLink: 'http://app.example/task/x?p=demo&clip=0b2d' });
    const result = await writeMp3Tags(new Blob([mp3]), tags, () =>
      Promise.resolve(cover.buffer.slice(cover.byteOffset, cover.byteOffset + cover.byteLength)),
    );
    expect(result?.withCover).toBe(true);
    const bytes = new Uint8Array(await (result?.file ?? new Blob()).arrayBuffer());
    // ID3v2.3: browser-id3-writer writes that version.
    expect([...bytes.subarray(0, 4)]).toEqual([0x49, 0x44, 0x33, 3]);
    const probed = probe(bytes);
    const t = probed.format.tags ?? {};
    expect(t.title).toBe('Neon Harbor');
    expect(t.artist).toBe('Night Shift');
    expect(t.album).toBe('a synthwave song');
    expect(t.date).toBe('2025');
    // ID3v2.3 has no multi-value text; the writer joins them the way most players split them.
    expect(t.genre).toBe('synthwave;dreamy');
    const lyrics = Object.entries(t).find(([k]) => k.startsWith('lyrics'))?.[1];
    expect(lyrics).toBe('[Verse]\nLights on the water');
    expect(t['Suno clip ID']).toBe(clip.id);
    expect(t['Suno model']).toBe('v5');
    expect(t['Share link']).toBe('http://app.example/task/x?p=demo&clip=0b2d');
    expect(pictureOf(probed)).toEqual([
      expect.objectContaining({ codec_type: 'video', codec_name: 'mjpeg' }),
    ]);
    // The audio is still there, untouched behind the tag.
    expect(probed.streams.some((s) => s.codec_type === 'audio')).toBe(true);
    expect(Buffer.from(bytes.subarray(bytes.length - mp3.length)).equals(mp3)).toBe(true);
  });

  it('replaces a tag the file came with instead of stacking a second one', async () => {
    const once = await writeMp3Tags(new Blob([mp3]), mp3TagsOf({ clip }), () =>
      Promise.resolve(null),
    );
    const again = await writeMp3Tags(
      once?.file ?? new Blob(),
      mp3TagsOf({ clip: { ...clip, title: 'Second' } }),
      () => Promise.resolve(null),
    );
    expect(again?.withCover).toBe(false);
    const probed = probe(new Uint8Array(await (again?.file ?? new Blob()).arrayBuffer()));
    expect(probed.format.tags?.title).toBe('Second');
    expect(pictureOf(probed)).toEqual([]);
  });

  it('leaves bytes that are not an MP3 alone', async () => {
    const m4a = new Uint8Array([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x4d, 0x34, 0x41]);
    expect(await writeMp3Tags(new Blob([m4a]), mp3TagsOf({ clip }))).toBeNull();
  });
});

/** The lines of the file's SYLT frame: read from the ID3v2.3 bytes by hand, as no tool here does. */
function syncedLines(bytes: Uint8Array): [string, number][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (at: number, n: number) => String.fromCharCode(...bytes.subarray(at, at + n));
  let at = 10;
  while (at + 10 <= bytes.length && ascii(at, 4) !== 'SYLT') at += 10 + view.getUint32(at + 4);
  expect(ascii(at, 4)).toBe('SYLT');
  const end = at + 10 + view.getUint32(at + 4);
  const encoding = bytes[at + 10];
  // Encoding, language (3), time stamp format, content type: then the descriptor.
  expect(bytes[at + 14]).toBe(2);
  expect(bytes[at + 15]).toBe(1);
  const wide = encoding === 1 || encoding === 2;
  const readText = (from: number): [string, number] => {
    let stop = from;
    while (wide ? bytes[stop] !== 0 || bytes[stop + 1] !== 0 : bytes[stop] !== 0)
      stop += wide ? 2 : 1;
    const raw = bytes.subarray(from, stop);
    const text = wide ? new TextDecoder('utf-16').decode(raw) : new TextDecoder().decode(raw);
    return [text, stop + (wide ? 2 : 1)];
  };
  let [, next] = readText(at + 16);
  const lines: [string, number][] = [];
  while (next < end) {
    const [text, after] = readText(next);
    lines.push([text.replace(/^\uFEFF/, ''), view.getUint32(after)]);
    next = after + 4;
  }
  return lines;
}

describe('synced lyrics', () => {
  it('writes each timed line with its start in milliseconds (SYLT) where an LRC is given', async () => {
    const lrc =
      '[ti:Neon Harbor]\n[00:12.50]Lights on the water\n[00:15.00]\n[01:02.25]Harbor glow\n';
    const tags = mp3TagsOf({ clip, lrc });
    const result = await writeMp3Tags(new Blob([mp3]), tags, () => Promise.resolve(null));
    const bytes = new Uint8Array(await (result?.file ?? new Blob()).arrayBuffer());
    expect(syncedLines(bytes)).toEqual([
      ['Lights on the water', 12_500],
      ['Harbor glow', 62_250],
    ]);
    // The file still plays: ffprobe finds its audio behind the longer tag.
    expect(probe(bytes).streams.some((s) => s.codec_type === 'audio')).toBe(true);
  });
});
