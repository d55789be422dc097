/**
 * What the cross-engine journeys need beyond the driver: finding an element by its role and
 * accessible name (the names DESIGN.md's UI contract fixes), waiting for a condition, and
 * reading the page's one media element. Each page function carries its own helpers: only
 * its source crosses into the page.
 */
import type { EngineDriver } from './driver.ts';

export type Role = 'button' | 'textbox' | 'slider' | 'region' | 'dialog' | 'menuitem';

export interface Target {
  role: Role;
  name: string | RegExp;
  /** A CSS selector the element must be inside. */
  within?: string;
}

interface PageTarget {
  role: Role;
  text: string | null;
  pattern: { source: string; flags: string } | null;
  within: string | null;
}

/** Marks the first visible element that matches and returns a CSS selector for it, or null. */
function markTarget(target: PageTarget): string | null {
  const roles: Record<Role, string> = {
    button: 'button, [role="button"]',
    textbox: 'input:not([type]), input[type="text"], input[type="url"], textarea, [role="textbox"]',
    slider: '[role="slider"], input[type="range"]',
    region: 'section[aria-label], section[aria-labelledby], [role="region"]',
    dialog: 'dialog[open], [role="dialog"]',
    menuitem: '[role="menuitem"]',
  };
  const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label) return squash(label);
    const ids = el.getAttribute('aria-labelledby');
    if (ids)
      return squash(
        ids
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      );
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return squash(labels[0]?.textContent);
    return squash(el.textContent);
  };
  const matches = (name: string) =>
    target.pattern
      ? new RegExp(target.pattern.source, target.pattern.flags).test(name)
      : name === target.text;
  const scope = target.within ? document.querySelector(target.within) : document;
  if (!scope) return null;
  const found = [...scope.querySelectorAll(roles[target.role])].find(
    (el) =>
      el.getClientRects().length > 0 && !el.closest('[hidden], [inert]') && matches(nameOf(el)),
  );
  if (!found) return null;
  const token = found.getAttribute('data-engine-target') ?? Math.random().toString(36).slice(2);
  found.setAttribute('data-engine-target', token);
  return `[data-engine-target="${token}"]`;
}

function toPage(target: Target): PageTarget {
  const { name } = target;
  return {
    role: target.role,
    text: typeof name === 'string' ? name : null,
    pattern: typeof name === 'string' ? null : { source: name.source, flags: name.flags },
    within: target.within ?? null,
  };
}

function describe(target: Target): string {
  return `${target.role} "${String(target.name)}"${target.within ? ` in ${target.within}` : ''}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until `ok` holds for what it returns; the error names what was last seen. */
export async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > until)
      throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await sleep(150);
  }
}

export function find(d: EngineDriver, target: Target, timeoutMs = 15_000): Promise<string> {
  return waitFor(
    describe(target),
    () => d.evaluate(markTarget, toPage(target)),
    (css) => css !== null,
    timeoutMs,
  ) as Promise<string>;
}

/** Whether the element is there now, without waiting. */
export async function isShown(d: EngineDriver, target: Target): Promise<boolean> {
  return (await d.evaluate(markTarget, toPage(target))) !== null;
}

export async function clickOn(d: EngineDriver, target: Target, timeoutMs?: number): Promise<void> {
  await d.click(await find(d, target, timeoutMs));
}

export async function focusOn(d: EngineDriver, target: Target): Promise<void> {
  const css = await find(d, target);
  await d.evaluate((selector: string) => {
    const el = document.querySelector<HTMLElement>(selector);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }, css);
}

/** A card's action: on the card itself, or behind its "More actions" menu. */
export async function cardAction(d: EngineDriver, card: string, name: string): Promise<void> {
  if (await isShown(d, { role: 'button', name, within: card })) {
    await clickOn(d, { role: 'button', name, within: card });
    return;
  }
  await clickOn(d, { role: 'button', name: /^More actions/, within: card });
  await clickOn(d, { role: 'menuitem', name });
}

export function cardOf(clipId: string): string {
  return `article[data-clip-id="${clipId}"]`;
}

export interface MediaState {
  time: number;
  paused: boolean;
  ended: boolean;
  /** The file playing: with streaming, `src` is a blob: URL and the file is in data-source. */
  source: string;
  error: string | null;
}

export function media(d: EngineDriver, role = 'clip-player'): Promise<MediaState | null> {
  return d.evaluate((dataRole: string) => {
    const el = document.querySelector<HTMLMediaElement>(`[data-role="${dataRole}"]`);
    if (!el) return null;
    return {
      time: el.currentTime,
      paused: el.paused,
      ended: el.ended,
      source: el.dataset.source ?? el.currentSrc,
      error: el.error ? `${el.error.code} ${el.error.message}` : null,
    };
  }, role);
}

/** Waits until the page's player is playing past `seconds`. */
export async function playingPast(
  d: EngineDriver,
  seconds: number,
  timeoutMs = 20_000,
): Promise<MediaState> {
  const state = await waitFor(
    `playback past ${seconds}s`,
    () => media(d),
    (m) => !!m && !m.paused && m.time > seconds,
    timeoutMs,
  );
  if (!state) throw new Error('no media element');
  return state;
}

/** The clip IDs of the cards shown, in order. */
export function cardIds(d: EngineDriver): Promise<string[]> {
  return d.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('article[data-clip-id]')].map(
      (a) => a.dataset.clipId ?? '',
    ),
  );
}

/** The status a card's badge shows: complete, streaming, queued… */
export function cardStatus(d: EngineDriver, card: string): Promise<string | null> {
  return d.evaluate(
    (selector: string) =>
      document.querySelector(`${selector} [data-status]`)?.getAttribute('data-status') ?? null,
    card,
  );
}

/** A slider's value: `aria-valuenow`, or the value of a native range input. */
export function sliderValue(d: EngineDriver, css: string): Promise<number> {
  return d.evaluate((selector: string) => {
    const el = document.querySelector<HTMLInputElement>(selector);
    return Number(el?.getAttribute('aria-valuenow') ?? el?.value ?? NaN);
  }, css);
}
