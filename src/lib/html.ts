const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Text made safe to stand between tags or inside a quoted attribute. Strings written into
 * HTML by hand (preview tags, embed snippets) come from providers and links, so every one of
 * them goes through here; control characters, which no title needs, are dropped as well.
 */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
