import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html';

describe('escapeHtml', () => {
  it('escapes the five characters that end text or an attribute, and drops control characters', () => {
    expect(escapeHtml(`a & b <i> "c" 'd'`)).toBe('a &amp; b &lt;i&gt; &quot;c&quot; &#39;d&#39;');
    expect(escapeHtml('tab\there\u0000\u001b[31m\nline')).toBe('tab\there[31m\nline');
    expect(escapeHtml('Ünïcødé 🎵')).toBe('Ünïcødé 🎵');
  });
});
