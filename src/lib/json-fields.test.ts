import { describe, expect, it } from 'vitest';
import { asRecord, optBool, optNumber, optNumeric, optString } from './json-fields';

describe('json field readers', () => {
  it('keep values of the right type and turn everything else into null', () => {
    expect(asRecord({ a: 1 })).toEqual({ a: 1 });
    expect(asRecord([1])).toBeNull();
    expect(asRecord(null)).toBeNull();
    expect(asRecord('x')).toBeNull();
    expect(optString('x')).toBe('x');
    expect(optString(1)).toBeNull();
    expect(optBool(false)).toBe(false);
    expect(optBool('true')).toBeNull();
    expect(optNumber(1.5)).toBe(1.5);
    expect(optNumber(Number.NaN)).toBeNull();
    expect(optNumber(Infinity)).toBeNull();
    expect(optNumber('1')).toBeNull();
    expect(optNumeric('191.5')).toBe('191.5');
    expect(optNumeric(191)).toBe(191);
    expect(optNumeric({})).toBeNull();
  });
});
