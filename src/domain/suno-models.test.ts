import { describe, expect, it } from 'vitest';
import { modelLabel } from './suno-models';

describe('modelLabel', () => {
  it.each([
    ['chirp-crow', null, 'v5'],
    ['chirp-auk', 'v4.5', 'v4.5'],
    ['chirp-bluejay', 'v4.5', 'v4.5+'],
    ['chirp-fenix', null, 'v5.5'],
    ['CHIRP-CROW', null, 'v5'],
    ['chirp-v4', 'v4', 'v4'],
    ['chirp-v3', 'v3.5', 'v3.5'],
    ['chirp-ahi', '4.5', 'v4.5'],
    ['chirp-newbird', null, 'chirp-newbird'],
    [null, 'v3.5', 'v3.5'],
    [null, null, null],
    ['  ', ' ', null],
  ] as const)('%s + %s → %s', (name, version, label) => {
    expect(modelLabel(name, version)).toBe(label);
  });
});
