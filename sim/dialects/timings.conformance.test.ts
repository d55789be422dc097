/**
 * Every dialect's timestamped-lyrics answer, read back through its provider's definition, times
 * every line of the demo clip's own lyrics, and the lines follow one another.
 */
import { describe, expect, it } from 'vitest';
import { buildCall, callHeaders } from '../../src/domain/providers/call.ts';
import { PROVIDERS, type ProviderKind } from '../../src/domain/providers/index.ts';
import { timeLyrics } from '../../src/domain/timed-lyrics.ts';
import { DEMO_TASK_SPECS } from '../demo-tasks.ts';
import { variantForClip } from '../media-variants.ts';
import { finishedSimulator, ORIGIN } from './conformance.test-setup.ts';

const { app } = finishedSimulator();
const task = DEMO_TASK_SPECS[0];
const clip = task?.clips[0];
const instrumentalTask = DEMO_TASK_SPECS.find((t) => t.clips.every((c) => !c.hasVocal));
const instrumental = instrumentalTask?.clips[0];

async function timingsOf(kind: ProviderKind, ids: string[]) {
  const info = PROVIDERS[kind];
  const call = info.extraCalls?.timings;
  if (!call) throw new Error(`${kind} declares no timings call`);
  const built = buildCall(call, ids);
  const response = await app.request(`${ORIGIN}/sim/${kind}${built.path}${built.search}`, {
    method: built.method,
    headers: callHeaders(info, call, built, 'conformance-key'),
    body: built.body,
  });
  expect(response.ok).toBe(true);
  const reader = await info.load();
  if (!reader.readTimings) throw new Error(`${kind}'s reader reads no timings`);
  return reader.readTimings(await response.json());
}

describe.each<ProviderKind>(['sunoapi-org', 'gcui', 'acedata', 'suno'])(
  '%s timings through the definition',
  (kind) => {
    it('times every line of the demo clip’s lyrics, in order', async () => {
      if (!task || !clip) throw new Error('no demo clip');
      const ids = kind === 'sunoapi-org' ? [task.id, clip.id] : [clip.id];
      const words = await timingsOf(kind, ids);
      expect(words.length).toBeGreaterThan(10);
      const timed = timeLyrics(words, clip.lyrics);
      const sung = timed?.lines.filter((l) => l.text.trim() !== '') ?? [];
      expect(sung.length).toBeGreaterThan(3);
      expect(sung.every((l) => l.start !== null)).toBe(true);
      const starts = sung.map((l) => l.start ?? 0);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(timed?.sections.filter((s) => s.heading !== null).length).toBeGreaterThan(1);
    });

    it('starts each section where the synthesized music starts a phrase', async () => {
      if (!task || !clip) throw new Error('no demo clip');
      const ids = kind === 'sunoapi-org' ? [task.id, clip.id] : [clip.id];
      const timed = timeLyrics(await timingsOf(kind, ids), clip.lyrics);
      const phrase = (4 * 4 * 60) / variantForClip(clip.id).bpm;
      const starts = (timed?.sections ?? []).map(
        (s) => s.lines.find((l) => l.start !== null)?.start,
      );
      expect(starts.length).toBeGreaterThan(3);
      for (const start of starts) {
        const phrases = (start ?? -1) / phrase;
        expect(Math.abs(phrases - Math.round(phrases))).toBeLessThan(0.01);
      }
    });

    it('answers the instrumental demo clip with no words, read as no timings', async () => {
      if (!instrumentalTask || !instrumental) throw new Error('no instrumental demo clip');
      const ids =
        kind === 'sunoapi-org' ? [instrumentalTask.id, instrumental.id] : [instrumental.id];
      const words = await timingsOf(kind, ids);
      expect(words).toEqual([]);
      expect(timeLyrics(words, instrumental.lyrics)).toBeNull();
    });
  },
);

describe('providers without a timings call', () => {
  it.each<ProviderKind>(['demo', 'sunoapi-co', 'sunoapi-com'])('%s declares none', (kind) => {
    expect(PROVIDERS[kind].extraCalls?.timings).toBeUndefined();
  });
});
