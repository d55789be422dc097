/** The message the generated service worker (Workbox) takes over on. */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/** How often an open page asks whether a release came out since it loaded. */
const UPDATE_CHECK_MS = 60 * 60_000;

export interface ServiceWorkerOptions {
  /** Told once a new release is installed and waiting; `apply` switches to it and reloads. */
  onUpdate: (apply: () => void) => void;
  /** The page's reload; a test's own. */
  reload?: () => void;
}

/**
 * Registers the service worker and reports a release waiting behind the one in charge. Nothing
 * switches by itself: a new release waits (sw.js never skips waiting on its own) until the
 * person chooses `apply`, which hands it the page and reloads once it is in control, so nobody
 * is reloaded mid-song nor kept on an old release without being told. Resolves to a stop
 * for the periodic update check.
 */
export async function registerServiceWorker(
  container: ServiceWorkerContainer,
  url: string,
  { onUpdate, reload = () => window.location.reload() }: ServiceWorkerOptions,
): Promise<() => void> {
  const registration = await container.register(url, { scope: '/' });
  let offered: ServiceWorker | null = null;
  let reloading = false;

  const apply = (worker: ServiceWorker) => () => {
    container.addEventListener('controllerchange', () => {
      if (reloading) return;
      reloading = true;
      reload();
    });
    worker.postMessage(SKIP_WAITING);
  };
  const offer = (worker: ServiceWorker) => {
    // The first install has nothing older to replace: it is not an update.
    if (!container.controller || offered === worker) return;
    offered = worker;
    onUpdate(apply(worker));
  };

  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
  // A page left open for days asks now and then; offline, it just asks again later.
  const timer = setInterval(
    () => void registration.update().catch(() => undefined),
    UPDATE_CHECK_MS,
  );
  return () => clearInterval(timer);
}
