/** 0:00, 3:11, 1:02:03. Non-finite or negative input reads as 0:00. */
export function formatDuration(seconds: number | null | undefined): string {
  const total =
    typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
  const whole = Math.floor(total);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

const plurals = new Map<string, Intl.PluralRules>();

/** "1 clip", "2 clips": the count with the word in the form English gives that number. */
export function countOf(count: number, one: string, other = `${one}s`): string {
  const rules = plurals.get('en') ?? new Intl.PluralRules('en');
  plurals.set('en', rules);
  return `${count} ${rules.select(count) === 'one' ? one : other}`;
}

/** "12 Jul 2024, 13:41" in the reader's locale; null for a missing or broken date. */
export function formatCreated(when: string | number | null, locale?: string): string | null {
  if (when === null || when === '') return null;
  const date = new Date(when);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The first few non-empty lines, for a card's lyric preview; section marks are skipped. */
export function firstLines(text: string | null, count: number): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !/^\[.*\]$/.test(l))
    .slice(0, count);
}

const BYTE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** "3.2 MB": decimal units, as the system's own storage settings show them. */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, Number.isFinite(bytes) ? bytes : 0);
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const shown = unit === 0 ? String(Math.round(value)) : value.toFixed(value < 10 ? 1 : 0);
  return `${shown} ${BYTE_UNITS[unit]}`;
}
