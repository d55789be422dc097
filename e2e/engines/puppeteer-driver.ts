/**
 * Chromium over CDP and Firefox over WebDriver BiDi, both through puppeteer-core. Each
 * journey gets its own browser context: no storage, cache or service worker carries over.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pageScript, type Engine, type EngineDriver, type Key } from './driver.ts';

export interface PuppeteerLaunch {
  engine: Extract<Engine, 'chromium' | 'firefox'>;
  executablePath: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/** Firefox asks for no gesture before media plays, as the Chromium journeys' flag does. */
const FIREFOX_PREFS = {
  'media.autoplay.default': 0,
  'media.autoplay.blocking_policy': 0,
  'browser.shell.checkDefaultBrowser': false,
};

class PuppeteerDriver implements EngineDriver {
  constructor(
    readonly engine: Engine,
    private readonly page: Page,
    private readonly baseUrl: string,
    private readonly done: () => Promise<void>,
  ) {}

  async goto(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).href, { waitUntil: 'load' });
  }

  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    const source = `(async () => { ${pageScript(fn as (...a: never[]) => unknown, args)} })()`;
    return this.page.evaluate(source) as Promise<Awaited<R>>;
  }

  async click(css: string): Promise<void> {
    await this.page.$eval(css, (el) => el.scrollIntoView({ block: 'center' }));
    await this.page.click(css);
  }

  async type(css: string, text: string): Promise<void> {
    await this.page.click(css);
    await this.page.type(css, text);
  }

  async press(key: Key): Promise<void> {
    await this.page.keyboard.press(key);
  }

  close(): Promise<void> {
    return this.done();
  }
}

export async function launchPuppeteer(options: PuppeteerLaunch) {
  const browser: Browser = await puppeteer.launch({
    browser: options.engine === 'firefox' ? 'firefox' : 'chrome',
    executablePath: options.executablePath,
    headless: true,
    args: options.args,
    env: options.env,
    extraPrefsFirefox: FIREFOX_PREFS,
    defaultViewport: { width: 1280, height: 800 },
  });
  return {
    version: () => browser.version(),
    async driver(baseUrl: string): Promise<EngineDriver> {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      return new PuppeteerDriver(options.engine, page, baseUrl, () => context.close());
    },
    quit: () => browser.close(),
  };
}
