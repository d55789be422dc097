import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

function deviceSays(scheme: 'light' | 'dark') {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === `(prefers-color-scheme: ${scheme})`,
  }));
}

async function freshTheme() {
  vi.resetModules();
  return import('./theme');
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('theme', () => {
  it('follows the device on a first visit', async () => {
    deviceSays('light');
    (await freshTheme()).applyTheme();
    expect(document.documentElement.classList.contains('light')).toBe(true);
    deviceSays('dark');
    (await freshTheme()).applyTheme();
    expect(document.documentElement.classList.contains('dark')).toBe(true);
  });

  it('keeps the person’s choice over the device’s', async () => {
    deviceSays('light');
    localStorage.setItem('clip-viewer:theme', JSON.stringify('dark'));
    (await freshTheme()).applyTheme();
    expect(document.documentElement.classList.contains('dark')).toBe(true);
    expect(document.documentElement.classList.contains('light')).toBe(false);
  });

  it('gives the browser’s bars the chosen theme’s background', async () => {
    const meta = document.createElement('meta');
    meta.name = 'theme-color';
    document.head.append(meta);
    const { applyTheme } = await freshTheme();
    applyTheme('light');
    expect(meta.content).toBe('#fafafa');
    applyTheme('dark');
    expect(meta.content).toBe('#09090b');
    meta.remove();
  });
});
