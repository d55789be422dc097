import type { Hono } from 'hono';
import { createSimulator, type Simulator, type SimulatorOptions } from '../sim/server.ts';
import { createApp } from './app.ts';
import type { Drain } from './drain.ts';
import { nodeClientKey } from './client-address.ts';
import type { ClientFiles } from './client/files.ts';
import { resolveProxyConfig, type Env, type ProxyOptions } from './proxy/config.ts';
import { nodeUpstream, type NodeUpstreamOptions } from './proxy/upstream-node.ts';
import type { ServerMode } from './security-headers.ts';
import type { SessionOptions } from './session/guards.ts';
import type { PreviewOptions } from './share/previews.ts';
import { simulatorControl, simulatorEnabled, simulatorTestTasks, trustProxy } from './settings.ts';

export interface NodeAppOptions {
  mode: ServerMode;
  env: Env;
  client?: ClientFiles;
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
  return { app, simulator };
}
