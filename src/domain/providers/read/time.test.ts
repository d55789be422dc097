import { describe, expect, it } from 'vitest';
import { isoTime } from './time';

describe('isoTime', () => {
  it.each([
    [1735689600000, '2025-01-01T00:00:00.000Z'],
    ['1735689600000', '2025-01-01T00:00:00.000Z'],
    [1735689600, '2025-01-01T00:00:00.000Z'],
    ['2025-01-01 00:00:00', '2025-01-01T00:00:00.000Z'],
    ['2024-07-10T13:41:18.077Z', '2024-07-10T13:41:18.077Z'],
  ])('reads %s', (value, iso) => {
    expect(isoTime(value)).toBe(iso);
  });

  it.each([[null], [''], ['soon'], [0], [-5], [{}]])('gives null for %s', (value) => {
    expect(isoTime(value)).toBeNull();
  });
});
