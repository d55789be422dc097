import { Server, type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { batchedLines } from './access-log.ts';
import { nodeClientFiles } from './client/files-node.ts';
import { SIM_MEDIA_DIR } from '../sim/media-names.ts';
import { Drain } from './drain.ts';
import { createNodeApp } from './node-app.ts';
import { createNodeServer } from './node-server.ts';

/**
 * `npm start`: the built app on Node. Bundled to dist/server/node.mjs, beside dist/client,
 * so it needs neither TypeScript tooling nor node_modules at run time.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const clientDir = process.env.CLIENT_DIR ?? path.resolve(here, '..', 'client');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '0.0.0.0';

// Seconds between SIGTERM and closing the port: long enough for a load balancer to see
// /healthz turn 503 and for keep-alive clients to get their `Connection: close`.
const drainSeconds = Number(process.env.SHUTDOWN_DRAIN_SECONDS ?? 5);
const drain = new Drain();
const accessLog = batchedLines((text) => process.stdout.write(text));
process.on('exit', accessLog.flush);

const nodeApp = createNodeApp({
  mode: 'production',
  env: process.env,
  client: nodeClientFiles(clientDir),
  drain,
  log: accessLog.log,
  // The Demo's media as the build rendered it, so a host without ffmpeg still plays it.
  simulator: { prebuiltMediaDir: path.join(clientDir, SIM_MEDIA_DIR) },
});
const { simulator } = nodeApp;

const server = createNodeServer(nodeApp, hostname);
server.listen(port, hostname, () => {
  const { port: listening } = server.address() as AddressInfo;
  console.log(`Clip Viewer on http://${hostname}:${listening} (serving ${clientDir})`);
  console.log(
    simulator
      ? `Simulator on /sim (speed ${simulator.state.clock.speed}; SIMULATOR=off turns it off)`
      : 'Simulator off',
  );
});

/**
 * Drains, then stops: /healthz turns 503 and every answer closes its connection; after the
 * drain the port closes, requests in flight finish, and after 10 s more we give up.
 */
function shutdown(signal: string): void {
  if (drain.draining) return;
  console.log(`${signal}: draining for ${drainSeconds} s`);
  drain.start();
  const wait = Number.isFinite(drainSeconds) && drainSeconds >= 0 ? drainSeconds * 1000 : 5000;
  setTimeout(() => {
    // net.Server's close stops listening without http.Server's closing of idle connections:
    // one accepted a moment ago may be about to carry a request, which would then be cut.
    // Each connection instead closes after its next answer (Connection: close).
    Server.prototype.close.call(server, () => process.exit(0));
    // A connection still idle a second later is a client that sends nothing more.
    setTimeout(() => {
      if ('closeIdleConnections' in server) server.closeIdleConnections();
    }, 1000).unref();
    setTimeout(() => {
      console.error('Connections still open after 10 s: exiting');
      process.exit(1);
    }, 10_000).unref();
  }, wait).unref();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
