/**
 * A dialect's conformance: the simulator renders a lookup in the dialect, the provider's own
 * definition reads it back, and the clips must equal what the simulator's reference dialect
 * (the Demo's sunoapi.co / sunoapi.com shapes) says of the same clips at the same moment.
 */
import type { Hono } from 'hono';
import type { Clip } from '../../src/domain/clip.ts';
import { buildCall, callHeaders } from '../../src/domain/providers/call.ts';
import {
  PROVIDERS,
  SIMULATOR_PREFIX,
  type ProviderKind,
} from '../../src/domain/providers/index.ts';

const ORIGIN = 'http://sim.test';

async function lookUp(
  app: Hono,
  kind: ProviderKind,
  mode: 'task' | 'clips',
  ids: readonly string[],
): Promise<Clip[]> {
  const info = PROVIDERS[kind];
  const call = mode === 'task' ? info.lookups.task : info.lookups.clips;
  if (!call) throw new Error(`${kind} has no ${mode} lookup`);
  const built = buildCall(call, ids);
  const prefix = info.simulated ? SIMULATOR_PREFIX : `${SIMULATOR_PREFIX}/${kind}`;
  const response = await app.request(`${ORIGIN}${prefix}${built.path}${built.search}`, {
    method: built.method,
    headers: callHeaders(info, call, built, 'conformance-key'),
    body: built.body,
  });
  if (!response.ok) throw new Error(`${kind}: HTTP ${response.status}`);
  const reader = await info.load();
  return reader.readLookup(await response.json(), { mode, ids }).clips;
}

/** The same lookup in the Demo's reference dialect and in `kind`'s, both read to clips. */
export async function readBothWays(
  app: Hono,
  kind: ProviderKind,
  mode: 'task' | 'clips',
  ids: readonly string[],
): Promise<{ reference: Clip[]; dialect: Clip[] }> {
  const reference = await lookUp(app, 'demo', mode, ids);
  const dialect = await lookUp(app, kind, mode, ids);
  return { reference, dialect };
}

/** The fields of a clip that a dialect carries, to compare with the reference. */
export function pick<K extends keyof Clip>(clips: readonly Clip[], keys: readonly K[]) {
  return clips.map((clip) => Object.fromEntries(keys.map((k) => [k, clip[k]])));
}
