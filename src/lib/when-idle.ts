/** Longest a task put off until idle waits on a page that is never idle. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Runs `task` once the main thread is idle (after the page has painted), for work the first
 * view does not need: an effect runs before the browser paints often enough, and code loaded
 * there competes with the page's own. Returns a function that cancels it.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  // Safari has no idle callbacks: a timer still lets the paint go first.
  const timer = window.setTimeout(task, 1);
  return () => window.clearTimeout(timer);
}
