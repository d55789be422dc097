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
    ['chirp-auk-turbo', null, 'v4.5-all'],
    ['V4_5ALL', null, 'v4.5-all'],
    ['V4_5PLUS', null, 'v4.5+'],
    ['V5', null, 'v5'],
    ['V6', null, 'v6'],
    ['V6_MINI', null, 'v6-mini'],
    ['V6_WILD', null, 'v6-wild'],
    ['v6-wild', null, 'v6-wild'],
    ['v6-mini', null, 'v6-mini'],
    ['v6', null, 'v6'],
    ['v5.5', null, 'v5.5'],
    [null, 'v3.5', 'v3.5'],
    [null, null, null],
    ['  ', ' ', null],
  ] as const)('%s + %s → %s', (name, version, label) => {
    expect(modelLabel(name, version)).toBe(label);
  });
});
