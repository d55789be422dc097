import type { MiddlewareHandler } from 'hono';

/**
 * A graceful stop: once draining, `/healthz` answers 503 (load balancers stop sending), and
 * every answer carries `Connection: close`, so a keep-alive connection finishes the request
 * it carries and then closes, rather than being cut while a request is on its way.
 */
export class Drain {
  private started = false;

  get draining(): boolean {
    return this.started;
  }

  start(): void {
    this.started = true;
  }

  /** Outermost: applies to every answer, errors included. */
  middleware(): MiddlewareHandler {
    return async (c, next) => {
      await next();
      if (this.started) c.res.headers.set('Connection', 'close');
    };
  }
}
