import { describe, expect, it } from 'vitest';
import { blankClip } from '../../domain/clip';
import { galleryRows } from './gallery-rows';

const clips = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => blankClip(`${prefix}${i}`));

describe('galleryRows', () => {
  it('puts each group’s heading on its own row, then its cards a grid row at a time', () => {
    const rows = galleryRows(
      [
        { key: 'a', header: 'A', clips: clips(3, 'a') },
        { key: 'b', header: 'B', clips: clips(2, 'b') },
      ],
      2,
    );
    expect(rows.map((r) => (r.kind === 'header' ? r.header : r.clips.map((c) => c.id)))).toEqual([
      'A',
      ['a0', 'a1'],
      ['a2'],
      'B',
      ['b0', 'b1'],
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('has no heading row for a group without one, and no card row for a group without clips', () => {
    const rows = galleryRows(
      [
        { key: 'a', header: null, clips: clips(1, 'a') },
        { key: 'b', header: 'B', clips: [] },
      ],
      4,
    );
    expect(rows.map((r) => r.kind)).toEqual(['cards', 'header']);
  });
});
