/** What the property tests of pasted text and share links share: arbitraries and checks. */
import * as fc from 'fast-check';
import { PROVIDER_KINDS, type ProviderKind } from './providers';

export const RUNS = { numRuns: 10_000 };
/** Each property takes well under a second here; leave room for a loaded CI machine. */
export const TIMEOUT_MS = 30_000;

/** Written out on purpose: the tests check the app's ID rule against an independent copy. */
export const LOWER_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const KINDS: readonly ProviderKind[] = PROVIDER_KINDS;

export function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

export const show = (value: unknown): string =>
  JSON.stringify(value)?.slice(0, 160) ?? String(value);

export const uuid = fc.uuid();
/** UUIDs as people paste them: any letter case. */
export const pastedUuid = fc.mixedCase(uuid);
