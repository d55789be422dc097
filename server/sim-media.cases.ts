import { expect } from 'vitest';
import { mediaFileName } from '../sim/media-names.ts';
import type { MediaRef } from '../sim/media-source.ts';
import { variantIndexForClip } from '../sim/media-variants.ts';
import { readAll, type CaseGroup } from './testing/cases.ts';
import { fixtureMedia } from './testing/fixture-client.ts';

/** Not a demo clip: those have pinned songs, known only where the demo tasks are loaded. */
const CLIP = 'c0ffee00-0000-4000-8000-000000000001';
const variant = variantIndexForClip(CLIP);
const bytesOf = (ref: MediaRef) => fixtureMedia(mediaFileName(ref));

export const SIM_MEDIA_CASES: CaseGroup[] = [
  {
    name: 'the Demo’s prebuilt media',
    cases: [
      {
        name: 'serves the files the build rendered, with their types',
        async run({ server }) {
          const app = await server();
          for (const [file, type, ref] of [
            [`${CLIP}.mp3`, 'audio/mpeg', { kind: 'audio', variant }],
            [`${CLIP}.m4a`, 'audio/mp4', { kind: 'm4a', variant }],
            [`${CLIP}.mp4`, 'video/mp4', { kind: 'video', variant }],
            [`image_large_${CLIP}.jpeg`, 'image/jpeg', { kind: 'cover', variant, large: true }],
            [
              'avatar_harborlights406.jpeg',
              'image/jpeg',
              { kind: 'avatar', handle: 'harborlights406' },
            ],
          ] as const) {
            const response = await app.fetch(`/sim/media/${file}`);
            expect(response.status, file).toBe(200);
            expect(response.headers.get('content-type'), file).toBe(type);
            expect(response.headers.get('accept-ranges'), file).toBe('bytes');
            expect((await readAll(response)).bytes, file).toEqual(bytesOf(ref));
          }
        },
      },
      {
        name: 'honours Range on them, and refuses one past the end',
        async run({ server }) {
          const app = await server();
          const whole = bytesOf({ kind: 'audio', variant });
          const part = await app.fetch(`/sim/media/${CLIP}.mp3`, {
            headers: { Range: 'bytes=1000-1099' },
          });
          expect(part.status).toBe(206);
          expect(part.headers.get('content-type')).toBe('audio/mpeg');
          expect(part.headers.get('content-range')).toBe(`bytes 1000-1099/${whole.length}`);
          expect(part.headers.get('content-length')).toBe('100');
          expect((await readAll(part)).bytes).toEqual(whole.subarray(1000, 1100));
          const tail = await app.fetch(`/sim/media/${CLIP}.mp3`, {
            headers: { Range: 'bytes=-10' },
          });
          expect(tail.status).toBe(206);
          expect((await readAll(tail)).bytes).toEqual(whole.subarray(whole.length - 10));
          const past = await app.fetch(`/sim/media/${CLIP}.mp3`, {
            headers: { Range: `bytes=${whole.length}-` },
          });
          expect(past.status).toBe(416);
          await past.body?.cancel();
        },
      },
      {
        name: 'never serves them as files of the build',
        async run({ server }) {
          const app = await server();
          const response = await app.fetch(
            `/sim-media/${mediaFileName({ kind: 'audio', variant })}`,
          );
          expect(response.status).toBe(404);
          await response.body?.cancel();
        },
      },
    ],
  },
];
