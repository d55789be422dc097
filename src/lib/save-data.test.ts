import { afterEach, describe, expect, it } from 'vitest';
import { prefersSavingData } from './save-data';

function setConnection(value: unknown) {
  Object.defineProperty(navigator, 'connection', { value, configurable: true });
}

describe('prefersSavingData', () => {
  afterEach(() => setConnection(undefined));

  it('is false where the browser says nothing', () => {
    expect(prefersSavingData()).toBe(false);
  });

  it('follows Data Saver and slow connections', () => {
    setConnection({ saveData: true, effectiveType: '4g' });
    expect(prefersSavingData()).toBe(true);
    setConnection({ saveData: false, effectiveType: '2g' });
    expect(prefersSavingData()).toBe(true);
    setConnection({ saveData: false, effectiveType: 'slow-2g' });
    expect(prefersSavingData()).toBe(true);
    setConnection({ saveData: false, effectiveType: '3g' });
    expect(prefersSavingData()).toBe(false);
  });
});
