/**
 * WebKit through WebKitWebDriver (Debian's webkit2gtk-driver) and webdriverio, over classic
 * WebDriver: WebKitWebDriver speaks no BiDi. Each journey gets its own session, so its own
 * MiniBrowser with empty storage.
 */
import { remote } from 'webdriverio';
import { pageScript, type EngineDriver, type Key } from './driver.ts';

/** W3C WebDriver key codes. */
const KEYS: Record<Key, string> = {
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
  Enter: '\uE007',
  Escape: '\uE00C',
};

type Session = Awaited<ReturnType<typeof remote>>;

class WebDriverDriver implements EngineDriver {
  readonly engine = 'webkit' as const;
  constructor(
    private readonly session: Session,
    private readonly baseUrl: string,
  ) {}

  async goto(path: string): Promise<void> {
    await this.session.url(new URL(path, this.baseUrl).href);
  }

  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    return this.session.execute(pageScript(fn as (...a: never[]) => unknown, args)) as Promise<
      Awaited<R>
    >;
  }

  async click(css: string): Promise<void> {
    const element = this.session.$(css);
    await element.execute((el) => el.scrollIntoView({ block: 'center' }));
    await element.click();
  }

  async type(css: string, text: string): Promise<void> {
    await this.session.$(css).setValue(text);
  }

  async press(key: Key): Promise<void> {
    await this.session.keys(KEYS[key]);
  }

  async close(): Promise<void> {
    await this.session.deleteSession();
  }
}

export interface WebDriverLaunch {
  port: number;
  /** MiniBrowser, which WebKitWebDriver starts for each session. */
  binary: string;
}

export function connectWebDriver(options: WebDriverLaunch) {
  return {
    async driver(baseUrl: string): Promise<EngineDriver> {
      const session = await remote({
        hostname: '127.0.0.1',
        port: options.port,
        path: '/',
        logLevel: 'error',
        // WebKitGTK's own capability, which webdriverio's types do not list.
        capabilities: {
          browserName: 'MiniBrowser',
          // webdriverio 9 would try BiDi first, which WebKitWebDriver does not speak.
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: options.binary, args: ['--automation'] },
        } as WebdriverIO.Capabilities,
      });
      await session.setWindowSize(1280, 800);
      return new WebDriverDriver(session, baseUrl);
    },
  };
}
