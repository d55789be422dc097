/**
 * A clip's timestamped lyrics, through its provider's definition: the `timings` call it
 * declares, read by its own reader. Loads with the first clip whose lyrics are followed.
 */
import { PROVIDERS } from '../../domain/providers';
import { clipCallIds } from '../../domain/providers/call';
import type { AlignedWord } from '../../domain/timed-lyrics';
import type { ProviderConfig } from '../provider-config';
import { callProvider } from './index';

/**
 * The clip's aligned words; empty when the provider has none (an instrumental, a clip not
 * finished yet) or offers no timings call. Throws an `ApiError` for an error answer.
 */
export async function fetchTimings(
  config: ProviderConfig,
  clip: { id: string; taskId: string | null },
  signal?: AbortSignal,
): Promise<AlignedWord[]> {
  const info = PROVIDERS[config.kind];
  const call = info.extraCalls?.timings;
  const ids = call && clipCallIds(call, clip);
  if (!call || !ids) return [];
  const [reader, json] = await Promise.all([info.load(), callProvider(config, call, ids, signal)]);
  return reader.readTimings?.(json) ?? [];
}
