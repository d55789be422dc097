import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { NodeApp } from './node-app.ts';

/**
 * The node:http server `npm start` listens with: @hono/node-server's listener for the app,
 * behind the app's fast path for hashed assets. `hostname` names requests without a Host.
 */
export function createNodeServer(
  node: Pick<NodeApp, 'app' | 'fastPath'>,
  hostname?: string,
): Server {
  const listener = getRequestListener(node.app.fetch, { hostname });
  const fast = node.fastPath;
  if (!fast) return createServer(listener);
  return createServer((request, response) => {
    if (!fast(request, response)) void listener(request, response);
  });
}
