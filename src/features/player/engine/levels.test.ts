import { beforeEach, describe, expect, it } from 'vitest';
import { autoplayNextStore } from './levels';

describe('Autoplay next', () => {
  beforeEach(() => localStorage.clear());

  it('is on until turned off, and kept on the device', () => {
    expect(autoplayNextStore.get()).toBe(true);
    autoplayNextStore.set(false);
    expect(localStorage.getItem('clip-viewer:autoplay-next')).toBe('false');
    expect(autoplayNextStore.get()).toBe(false);
  });

  it('ignores junk in storage', () => {
    localStorage.setItem('clip-viewer:autoplay-next', 'maybe');
    expect(autoplayNextStore.get()).toBe(true);
  });
});
