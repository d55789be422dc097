import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../domain/clip';
import { historyKind } from './history-entry-kind';

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  id: 'x',
  type: 'gen',
  source: 'web',
  infill: false,
  continueAt: null,
  ...over,
});

describe('historyKind', () => {
  it('names extends, infills, uploads and concats as people know them', () => {
    expect(historyKind(entry({ continueAt: 48.76 }), false)).toBe('extend');
    expect(historyKind(entry({ infill: true, continueAt: 10 }), false)).toBe('infill');
    expect(historyKind(entry({ type: 'upload', continueAt: 48.762 }), false)).toBe('upload');
    expect(historyKind(entry({}), true)).toBe('concat');
    expect(historyKind(entry({}), false)).toBe('gen');
    expect(historyKind(entry({ type: '' }), false)).toBe('unknown');
  });
});
