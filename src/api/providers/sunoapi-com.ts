/**
 * sunoapi.com ("clips" style): clip IDs in, those clips out.
 * `GET {base}/api/v2/suno/v3.5/clips?ids=a,b` with `Authorization: Bearer <key>`.
 */
import * as v from 'valibot';
import { REAL_PROVIDER_FACTS } from '../../domain/providers';
import type { Clip, LookupResult } from '../../domain/clip';
import { requestJson } from '../client';
import { ApiError } from '../../domain/errors';
import { normalizeClipList } from '../../domain/providers/read/normalize-list';
import type { ProviderConfig } from '../provider-config';
import { clipsResponseSchema } from '../../domain/providers/read/raw-schemas';
import { joinUrl } from '../../domain/providers/url';

const ENDPOINT = REAL_PROVIDER_FACTS['sunoapi-com'].endpoint;

export function normalizeClipsResponse(json: unknown): LookupResult {
  const parsed = v.safeParse(clipsResponseSchema, json);
  if (!parsed.success) {
    throw new ApiError('bad-response', 'The provider’s answer has no list of clips.');
  }
  return { taskId: null, taskStatus: null, ...normalizeClipList(parsed.output.clips) };
}

/** The provider's order is not promised; people expect the order they pasted. */
export function orderByIds(clips: readonly Clip[], ids: readonly string[]): Clip[] {
  const rank = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!rank.has(id.toLowerCase())) rank.set(id.toLowerCase(), i);
  });
  return clips
    .map((clip, i) => ({ clip, i, r: rank.get(clip.id.toLowerCase()) ?? ids.length + i }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.clip);
}

export function clipsUrl(baseUrl: string, ids: readonly string[]): string {
  const list = ids.map((id) => encodeURIComponent(id)).join(',');
  return `${joinUrl(baseUrl, ENDPOINT.path)}?ids=${list}`;
}

export async function getClips(
  config: ProviderConfig,
  ids: string[],
  signal?: AbortSignal,
): Promise<LookupResult> {
  const json = await requestJson(
    clipsUrl(config.baseUrl, ids),
    {
      method: ENDPOINT.method,
      headers: { Authorization: REAL_PROVIDER_FACTS['sunoapi-com'].authorization(config.apiKey) },
    },
    { signal },
  );
  const result = normalizeClipsResponse(json);
  // Clip IDs, unlike a task, never exist "before" their clips: an empty answer means unknown IDs.
  if (result.clips.length === 0 && ids.length > 0) {
    throw new ApiError(
      'not-found',
      ids.length === 1
        ? 'The provider has no clip with that ID.'
        : 'The provider has no clips with those IDs.',
    );
  }
  return { ...result, clips: orderByIds(result.clips, ids) };
}
