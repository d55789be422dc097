import { describe, expect, it } from 'vitest';
import {
  blankClip,
  END_MARGIN_SECONDS,
  SEEK_END_MARGIN_SECONDS,
  sameMoment,
  seekWithin,
  startWithin,
  taskName,
  type Clip,
} from './clip';

describe('sameMoment', () => {
  it('counts a frame or two apart as the same moment, a quarter second apart as another', () => {
    expect(sameMoment(30, 30.026)).toBe(true);
    expect(sameMoment(30.1, 30)).toBe(true);
    expect(sameMoment(30, 30.3)).toBe(false);
    expect(sameMoment(0, 30)).toBe(false);
  });
});

describe('seekWithin', () => {
  it('keeps a seek inside the clip, the very end just out of reach', () => {
    expect(seekWithin(200, 180)).toBe(180 - SEEK_END_MARGIN_SECONDS);
    expect(seekWithin(180, 180)).toBe(180 - SEEK_END_MARGIN_SECONDS);
    expect(seekWithin(90, 180)).toBe(90);
    expect(seekWithin(-3, 180)).toBe(0);
  });

  it('with no length known, only keeps it above zero', () => {
    expect(seekWithin(42, 0)).toBe(42);
    expect(seekWithin(42, Number.NaN)).toBe(42);
    expect(seekWithin(-1, Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe('startWithin', () => {
  it('keeps a moment at or past the end a little before it', () => {
    expect(startWithin(180, 180)).toBe(180 - END_MARGIN_SECONDS);
    expect(startWithin(500, 180)).toBe(180 - END_MARGIN_SECONDS);
    expect(startWithin(179, 180)).toBe(179);
  });

  it('leaves a moment alone when the length is unknown, and never goes below zero', () => {
    expect(startWithin(42, null)).toBe(42);
    expect(startWithin(42, undefined)).toBe(42);
    expect(startWithin(42, Number.NaN)).toBe(42);
    expect(startWithin(-3, 180)).toBe(0);
    expect(startWithin(0.3, 0.2)).toBe(0.3);
  });
});

describe('taskName', () => {
  const clip = (over: Partial<Clip>): Clip => ({ ...blankClip('a'.repeat(8)), ...over });
  it('is the prompt on one line, cut to a heading with an ellipsis', () => {
    const prompt = `a glowing\n synth-pop song about ${'night '.repeat(20)}`;
    const name = taskName([clip({ title: 'Neon' }), clip({ taskPrompt: prompt })]);
    expect(name?.startsWith('a glowing synth-pop song about night')).toBe(true);
    expect(Array.from(name ?? '')).toHaveLength(60);
    expect(name?.endsWith('…')).toBe(true);
  });
  it('is the first title when there is no prompt, and unknown when neither is', () => {
    expect(taskName([clip({ title: ' ' }), clip({ title: 'Neon Harbor' })])).toBe('Neon Harbor');
    expect(taskName([clip({})])).toBeNull();
  });
});
