import type { Hono } from 'hono';
import { createSimulator, type Simulator, type SimulatorOptions } from '../sim/server.ts';
import { createApp } from './app.ts';
import type { Drain } from './drain.ts';
import { nodeClientKey } from './client-address.ts';
import { assetFastPath, type FastPath } from './client/asset-fast-path.ts';
import type { ClientFiles } from './client/files.ts';
import type { NodeClientFiles } from './client/files-node.ts';
import { resolveProxyConfig, type Env, type ProxyOptions } from './proxy/config.ts';
import { nodeUpstream, type NodeUpstreamOptions } from './proxy/upstream-node.ts';
import { securityHeaderEntries, type ServerMode } from './security-headers.ts';
import type { SessionOptions } from './session/guards.ts';
import { sessionKeys } from './session/session.ts';
import type { PreviewOptions } from './share/previews.ts';
import {
  publicOrigin,
  simulatorControl,
  simulatorEnabled,
  simulatorTestTasks,
  trustProxy,
} from './settings.ts';

export interface NodeAppOptions {
  mode: ServerMode;
  env: Env;
  client?: ClientFiles | NodeClientFiles;
  proxy?: ProxyOptions;
  previews?: PreviewOptions;
  session?: SessionOptions;
  drain?: Drain;
  upstream?: NodeUpstreamOptions;
  /** Simulator settings; the simulator itself is on unless env SIMULATOR=off. */
  simulator?: SimulatorOptions;
  log?: (line: string) => void;
}

export interface NodeApp {
  app: Hono;
  simulator: Simulator | undefined;
  /** Hashed assets already in memory, answered beside the app (see `asset-fast-path.ts`). */
  fastPath: FastPath | undefined;
}

/**
 * The fast path for assets, when the files are on disk here and nothing gates them: with
 * ACCESS_PASSWORD every file asks for the session, so all of them go through the app.
 */
function fastPathFor(options: NodeAppOptions): FastPath | undefined {
  const { client, env, mode } = options;
  if (!client || !('loaded' in client) || sessionKeys(env).password) return undefined;
  // Node serves plain http: the origin is https only behind a proxy that says so.
  const https = publicOrigin(env)?.startsWith('https:') ?? false;
  return assetFastPath({
    loaded: client.loaded,
    securityHeaders: (path) => securityHeaderEntries(path, mode, https),
    drain: options.drain,
    log: options.log,
  });
}

/** The application as Node runs it: node:http upstream, socket-address rate limit, ffmpeg media. */
export function createNodeApp(options: NodeAppOptions): NodeApp {
  const { env, mode } = options;
  const simulator = simulatorEnabled(env)
    ? createSimulator({
        control: mode === 'development' || simulatorControl(env),
        testTasks: simulatorTestTasks(env, mode === 'development'),
        ...options.simulator,
      })
    : undefined;
  const app = createApp({
    mode,
    env,
    upstream: nodeUpstream({
      ...options.upstream,
      // A self-hosted provider on this host or the LAN is the operator's choice, not a request's.
      allowPrivateHosts: [
        ...(options.upstream?.allowPrivateHosts ?? []),
        ...resolveProxyConfig(env, options.proxy).configuredHosts,
      ],
    }),
    clientKey: nodeClientKey(trustProxy(env)),
    client: options.client,
    simulator: simulator?.app,
    proxy: options.proxy,
    previews: options.previews,
    session: options.session,
    drain: options.drain,
    log: options.log,
    compress: true,
  });
  return { app, simulator, fastPath: fastPathFor(options) };
}
