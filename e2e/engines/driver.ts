/**
 * The thin interface the cross-engine journeys are written against: a page that can be
 * navigated, read by script, clicked and typed into. Chromium and Firefox implement it with
 * puppeteer-core (CDP and WebDriver BiDi), WebKit with webdriverio (classic WebDriver).
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export type Key = 'End' | 'Home' | 'ArrowRight' | 'ArrowLeft' | 'Enter' | 'Escape';

export interface EngineDriver {
  readonly engine: Engine;
  /** Opens a path of the app under test, in a fresh page state (storage cleared). */
  goto(path: string): Promise<void>;
  /** Runs a function inside the page with JSON arguments and returns its JSON result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** A real pointer click (user activation, so media may start) on the element `css` names. */
  click(css: string): Promise<void>;
  /** Replaces the text of the field `css` names by typing `text` into it. */
  type(css: string, text: string): Promise<void>;
  /** A real key press, sent to whatever has focus. */
  press(key: Key): Promise<void>;
  close(): Promise<void>;
}

/**
 * A script's source, callable in any engine: bundlers wrap named inner functions in
 * `__name(…)` (esbuild's keepNames, which tsx turns on), which no page defines.
 */
export function pageScript(fn: (...args: never[]) => unknown, args: unknown[]): string {
  return `const __name = (f) => f; return (${fn.toString()}).apply(null, ${JSON.stringify(args)});`;
}
