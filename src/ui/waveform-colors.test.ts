// @vitest-environment node
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The waveform colours as the stylesheet sets them for each theme. */
function waveColours(selector: string): { played: string; unplayed: string } {
  const css = readFileSync(new URL('../index.css', import.meta.url), 'utf8');
  const block = new RegExp(`\\n\\s*${selector.replace('.', '\\.')} \\{([^}]*)\\}`).exec(css)?.[1];
  const value = (name: string) =>
    new RegExp(`--wave-${name}: (#[0-9a-f]{6});`).exec(block ?? '')?.[1];
  const played = value('played');
  const unplayed = value('unplayed');
  if (!played || !unplayed) throw new Error(`no waveform colours for ${selector}`);
  return { played, unplayed };
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('waveform colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#777777', '#777777')).toBeCloseTo(1);
  });

  it.each(['html', 'html.light'])('tell played from unplayed at 3:1 or more (%s)', (theme) => {
    const { played, unplayed } = waveColours(theme);
    expect(contrast(played, unplayed)).toBeGreaterThanOrEqual(3);
  });
});
