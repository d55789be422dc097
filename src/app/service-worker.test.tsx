import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SKIP_WAITING } from '../lib/service-worker';
import { startServiceWorker } from './service-worker';

/** The browser's side, faked at the edge: a worker, its registration and the container. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  update = vi.fn(() => Promise.resolve());
  /** A release arrives and installs, as after a deploy. */
  install(worker = new FakeWorker()) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    worker.become('installed');
    this.installing = null;
    this.waiting = worker;
    return worker;
  }
}

class FakeContainer extends EventTarget {
  readonly registration = new FakeRegistration();
  register = vi.fn((_url: string, _options?: RegistrationOptions) =>
    Promise.resolve(this.registration),
  );
  constructor(public controller: object | null) {
    super();
  }
}

async function start(controller: object | null, before?: (c: FakeContainer) => void) {
  const container = new FakeContainer(controller);
  before?.(container);
  const reload = vi.fn();
  await act(() => startServiceWorker(container as unknown as ServiceWorkerContainer, reload));
  return { container, reload };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the service worker and its update notice', () => {
  it('registers sw.js for the whole app, and a first install is no update', async () => {
    const { container, reload } = await start(null);
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    act(() => void container.registration.install());
    expect(screen.queryByText(/New version/)).toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });

  it('offers a release that installed behind the one in charge, and reloads only when asked', async () => {
    const { container, reload } = await start({});
    const worker = new FakeWorker();
    act(() => void container.registration.install(worker));
    expect(await screen.findByText(/New version/)).toBeInTheDocument();
    expect(worker.messages).toEqual([]);
    expect(reload).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(worker.messages).toEqual([SKIP_WAITING]);
    // Not before the new release is in charge: the old page would only load the old one.
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('offers a release already waiting when the page opens', async () => {
    const waiting = new FakeWorker();
    waiting.state = 'installed';
    await start({}, (c) => (c.registration.waiting = waiting));
    expect(await screen.findByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('puts the notice away on Later, switching nothing', async () => {
    const { container, reload } = await start({});
    const worker = new FakeWorker();
    act(() => void container.registration.install(worker));
    await userEvent.click(await screen.findByRole('button', { name: 'Later' }));
    await waitFor(() => expect(screen.queryByText(/New version/)).toBeNull());
    container.dispatchEvent(new Event('controllerchange'));
    expect(worker.messages).toEqual([]);
    expect(reload).not.toHaveBeenCalled();
  });

  it('leaves the app as it is when the browser refuses the worker', async () => {
    const { reload } = await start({}, (c) => {
      c.register.mockRejectedValue(new DOMException('denied', 'SecurityError'));
    });
    expect(screen.queryByText(/New version/)).toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });
});
