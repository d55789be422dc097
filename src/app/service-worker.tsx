import { createRoot, type Root } from 'react-dom/client';
import { registerServiceWorker, type ServiceWorkerOptions } from '../lib/service-worker';
import { UpdateNotice } from './update-notice';

/** Written by the build beside index.html (server/build/service-worker.ts). */
const SERVICE_WORKER_URL = '/sw.js';

/**
 * The installed app's side of the page, loaded once the page is idle (main.tsx): registers
 * the offline shell and, when a release is waiting, shows the "New version" notice in a root
 * of its own, so the app's tree knows nothing of it.
 */
export async function startServiceWorker(
  container: ServiceWorkerContainer,
  reload?: ServiceWorkerOptions['reload'],
): Promise<void> {
  let root: Root | null = null;
  let releases = 0;
  try {
    await registerServiceWorker(container, SERVICE_WORKER_URL, {
      reload,
      onUpdate(apply) {
        if (!root) {
          const host = document.createElement('div');
          document.body.append(host);
          root = createRoot(host);
        }
        // A later release replaces the notice of an earlier one, shown afresh.
        releases += 1;
        root.render(<UpdateNotice key={releases} onReload={apply} />);
      },
    });
  } catch {
    // Private windows, blocked storage, a browser that refuses: the app works without it.
  }
}
