/**
 * Names for downloaded files. Titles come from strangers, and the name has to be accepted by
 * Windows, macOS and Linux alike, so it is cleaned to the strictest of the three.
 */

const FALLBACK_TITLE = 'Untitled clip';
/** In user-perceived characters: the visible title stays readable in a file dialog. */
const MAX_TITLE_CHARS = 80;
// Filesystems count bytes (ext4: 255) or UTF-16 units (NTFS: 255); emoji take 4+ bytes each,
// so the title also gets a byte budget that leaves room for " - <id>.<ext>".
const MAX_TITLE_BYTES = 180;
const MAX_EXT_CHARS = 10;

// Controls (C0, DEL, C1), characters Windows forbids, and bidi overrides/isolates, which can
// make "evil\u202Egpj.exe" display as "evilexe.jpg".
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const FORBIDDEN = /[<>:"/\\|?*]/g;
// Half a surrogate pair cannot be written as UTF-8 at all.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Windows reserves these as device names, with any extension, case-insensitively.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const encoder = new TextEncoder();

// Made once, when a title first needs cutting: building one loads the platform's break rules,
// which costs tens of milliseconds on a phone, and cards name their files while they render.
let segmenter: Intl.Segmenter | null = null;

function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return Array.from(segmenter.segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

function trimEdges(text: string): string {
  return text.replace(/^[\s.]+|[\s.]+$/g, '');
}

function truncate(text: string): string {
  // A title within both budgets keeps every character: no need to find where graphemes end
  // (there are never more of them than UTF-16 units).
  if (text.length <= MAX_TITLE_CHARS && encoder.encode(text).length <= MAX_TITLE_BYTES) {
    return text;
  }
  const parts = graphemes(text);
  let out = '';
  let bytes = 0;
  for (const [i, part] of parts.entries()) {
    const size = encoder.encode(part).length;
    if (i >= MAX_TITLE_CHARS || bytes + size > MAX_TITLE_BYTES) break;
    out += part;
    bytes += size;
  }
  return out;
}

function cleanTitle(title: string): string {
  const cleaned = trimEdges(
    title
      .replace(CONTROL, '')
      .replace(LONE_SURROGATE, '')
      .replace(FORBIDDEN, ' ')
      .replace(/\s+/g, ' '),
  );
  const short = trimEdges(truncate(cleaned));
  if (short.length === 0) return FALLBACK_TITLE;
  const stem = short.split('.')[0]?.trim() ?? '';
  return RESERVED.test(stem) ? `_${short}` : short;
}

/** "<title> - <first 8 of id>.<ext>", e.g. "Neon Harbor - 5a1e0001.mp3". */
export function downloadFileName(title: string, id: string, ext: string): string {
  const name = cleanTitle(title);
  const shortId = id
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')
    .slice(0, 8);
  const cleanExt = ext
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, MAX_EXT_CHARS);
  const base = shortId.length > 0 ? `${name} - ${shortId}` : name;
  return cleanExt.length > 0 ? `${base}.${cleanExt}` : base;
}
