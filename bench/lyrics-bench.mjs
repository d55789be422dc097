/* global window, document */
// What following the lyrics costs the page: a 4-minute clip played for 30 s in a gallery, with
// the now-playing bar's Lyrics view open and, as the baseline from the same run, closed.
// Counted: main-thread long tasks (> 50 ms), renders of gallery cards (ClipCard components,
// read from React's commit hook as React DevTools does), and lyric lines marked meanwhile.
import { freshPage, sleep } from './bench-browser.mjs';

const FOLLOW_MS = 30_000;

/**
 * Installed before the app: a stand-in React DevTools hook that counts, per commit, function
 * components whose first host element is a gallery card's <article> and that rendered in it
 * (props or hooks changed; subtrees React did not visit are skipped, as DevTools skips them).
 * Plus long tasks and changes of the lyrics' current line.
 */
export const FOLLOW_PROBE = () => {
  const probe = { cardRenders: 0, commits: 0, longTasks: [], lineChanges: 0 };
  window.__follow = probe;
  const hostOf = (fiber) => {
    for (let f = fiber; f; f = f.child)
      if (f.stateNode instanceof window.Element) return f.stateNode;
    return null;
  };
  const rendered = (f) =>
    f.alternate !== null &&
    (f.memoizedProps !== f.alternate.memoizedProps ||
      f.memoizedState !== f.alternate.memoizedState);
  const walk = (fiber) => {
    const stack = [fiber];
    while (stack.length > 0) {
      const f = stack.pop();
      // 0 function, 11 forwardRef, 14 memo, 15 simple memo
      if ([0, 11, 14, 15].includes(f.tag) && rendered(f)) {
        const host = hostOf(f);
        if (host?.tagName === 'ARTICLE' && host.hasAttribute('data-clip-id'))
          probe.cardRenders += 1;
      }
      if (f.alternate !== null && f.child === f.alternate.child) {
        // nothing below was visited in this render
      } else if (f.child) {
        stack.push(f.child);
      }
      if (f !== fiber && f.sibling) stack.push(f.sibling);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(renderer) {
      this.renderers.set(1, renderer);
      return 1;
    },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      probe.commits += 1;
      if (probe.counting) walk(root.current);
    },
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (probe.counting) probe.longTasks.push(Math.round(entry.duration));
    }
  }).observe({ type: 'longtask', buffered: true });
  let line = null;
  const watchLine = () => {
    const now = document.querySelector('[role=dialog] [aria-current="true"]')?.textContent ?? null;
    if (probe.counting && now !== null && now !== line) probe.lineChanges += 1;
    line = now;
  };
  setInterval(watchLine, 50);
};

/** A finished Demo task's clips, asked until one of them lasts at least `minSec`. */
export async function findLongClip(app, minSec) {
  for (let i = 0; i < 200; i += 1) {
    const taskId = `c0c0${crypto.randomUUID().slice(4)}`;
    const res = await fetch(`${app}/sim/sunoapi-co/suno/v3.5/music/query`, {
      method: 'POST',
      headers: { Authorization: 'demo', 'Content-Type': 'application/json' },
      body: JSON.stringify({ task_id: taskId }),
    });
    const body = await res.json();
    const long = body.clips?.find((c) => Number(c.metadata?.duration) >= minSec);
    if (long) return { clip: long, clips: body.clips };
  }
  throw new Error(`no Demo clip of ${minSec} s or more in 200 tasks`);
}

/**
 * Plays `clipId` from a gallery of `ids` (self-hosted gcui-art through the simulator, which
 * times its lyrics) for 30 s, with the Lyrics view open or not, and counts what the page did.
 */
export async function followLyrics(browser, app, { ids, clipId, open }) {
  const { context, page } = await freshPage(browser, null);
  try {
    await page.addInitScript(
      ([settings]) => localStorage.setItem('clip-viewer:settings', settings),
      [JSON.stringify({ kind: 'gcui', baseUrls: { gcui: `${app}/sim/gcui` } })],
    );
    await page.addInitScript(FOLLOW_PROBE);
    await page.goto(`${app}/clips/${ids.join(',')}`);
    const card = page.locator(`article[data-clip-id="${clipId}"]`);
    await card.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForFunction(
      () => (document.querySelector('audio[data-role="clip-player"]')?.currentTime ?? 0) > 0.5,
    );
    if (open) {
      await page
        .getByRole('region', { name: 'Now playing' })
        .getByRole('button', { name: 'Lyrics' })
        .click();
      // Timings in and a line marked: from here on only the view's marks should change.
      await page
        .getByRole('dialog')
        .locator('[aria-current="true"]')
        .first()
        .waitFor({ timeout: 60_000 });
    }
    const start = await page.evaluate(() => {
      window.__follow.counting = true;
      return document.querySelector('audio[data-role="clip-player"]').currentTime;
    });
    await sleep(FOLLOW_MS);
    const result = await page.evaluate((from) => {
      const p = window.__follow;
      p.counting = false;
      const end = document.querySelector('audio[data-role="clip-player"]').currentTime;
      return {
        played: end - from,
        longTasks: p.longTasks,
        cardRenders: p.cardRenders,
        lineChanges: p.lineChanges,
      };
    }, start);
    // The probe must see a card render when one happens, or its 0 would mean nothing.
    await page.evaluate(() => (window.__follow.counting = true));
    await card.getByRole('button', { name: 'Show lyrics' }).click();
    const seen = await page.evaluate(() => window.__follow.cardRenders);
    if (seen <= result.cardRenders) throw new Error('the render probe missed a card render');
    return result;
  } finally {
    await context.close();
  }
}
