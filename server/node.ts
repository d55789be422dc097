import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { nodeClientFiles } from './client/files-node.ts';
import { createNodeApp } from './node-app.ts';

/**
 * `npm start`: the built app on Node. Bundled to dist/server/node.mjs, beside dist/client,
 * so it needs neither TypeScript tooling nor node_modules at run time.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const clientDir = process.env.CLIENT_DIR ?? path.resolve(here, '..', 'client');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '0.0.0.0';

const { app, simulator } = createNodeApp({
  mode: 'production',
  env: process.env,
  client: nodeClientFiles(clientDir),
  log: (line) => console.log(line),
});

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`Clip Viewer on http://${hostname}:${info.port} (serving ${clientDir})`);
  console.log(
    simulator
      ? `Simulator on /sim (speed ${simulator.state.clock.speed}; SIMULATOR=off turns it off)`
      : 'Simulator off',
  );
});

/** Stops taking connections, lets requests in flight finish, and gives up after 10 s. */
function shutdown(signal: string): void {
  console.log(`${signal}: closing`);
  server.close(() => process.exit(0));
  // Idle keep-alive sockets would hold close() open; streams in flight get their 10 s.
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  setTimeout(() => {
    console.error('Connections still open after 10 s: exiting');
    process.exit(1);
  }, 10_000).unref();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
