import type { Env } from './proxy/config.ts';

/**
 * The simulator is on unless `SIMULATOR=off`: a fresh deploy then demonstrates itself with
 * the Demo provider, and a real deployment can turn it off.
 */
export function simulatorEnabled(env: Env): boolean {
  return !/^(off|0|false|no)$/i.test(env.SIMULATOR?.trim() ?? '');
}

/**
 * `/sim/control/*` lets anyone reset clocks and read the request log: only the dev server
 * and the test servers turn it on (`SIM_CONTROL=1`), never a deployment.
 */
export function simulatorControl(env: Env): boolean {
  return env.SIM_CONTROL === '1';
}

/**
 * The Demo's fault IDs, fault header and galleries of many clips exist for tests: on in
 * development, with the control routes, or with `SIM_TEST_TASKS=1`; never in a deployment.
 */
export function simulatorTestTasks(env: Env, development: boolean): boolean {
  return development || simulatorControl(env) || env.SIM_TEST_TASKS === '1';
}

/** Behind a reverse proxy, `TRUST_PROXY=1` takes the client from X-Forwarded-For. */
export function trustProxy(env: Env): boolean {
  return env.TRUST_PROXY === '1';
}

/**
 * The origin people reach the app on (`PUBLIC_ORIGIN=https://clips.example`), for the links
 * in preview tags and oEmbed answers when a TLS-terminating proxy hides it from the server.
 * Unset, each request's own origin is used. A malformed value is a startup error.
 */
export function publicOrigin(env: Env): string | undefined {
  const raw = env.PUBLIC_ORIGIN?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('PUBLIC_ORIGIN is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('PUBLIC_ORIGIN must be http or https');
  }
  return url.origin;
}

/**
 * `ALLOWED_HOSTS=clips.example,clips.example:8443`: Hosts whose own origin may be written into
 * links when PUBLIC_ORIGIN is unset. Unset, only loopback hosts are (see `requestOrigin`).
 */
export function allowedHosts(env: Env): string[] | undefined {
  const raw = env.ALLOWED_HOSTS?.trim();
  if (!raw) return undefined;
  return raw
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host !== '');
}
