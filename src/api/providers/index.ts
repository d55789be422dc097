/**
 * Provider registry and the single entry point (`fetchLookup`) that the query layer calls.
 */
import type { LookupTarget } from '../../domain/lookup-target';
import { PROVIDERS, PROXY_PREFIX, type ProviderKind } from '../../domain/providers';
import type { LookupResult } from '../clip';
import { ApiError } from '../client';
import { queryTask } from './sunoapi-co';
import { getClips } from './sunoapi-com';
import { joinUrl } from './url';

export interface ProviderConfig {
  kind: ProviderKind;
  baseUrl: string;
  apiKey: string;
}

/** The simulator accepts any non-empty key, so the demo works before anyone opens Settings. */
const DEMO_KEY = 'demo';

function unsupported(kind: ProviderKind, mode: LookupTarget['mode']): ApiError {
  const label = PROVIDERS[kind].label;
  const message =
    mode === 'clips'
      ? `${label} looks up task IDs; for clip IDs choose sunoapi.com (or the Demo simulator) in Settings.`
      : `${label} looks up clip IDs; for a task ID choose sunoapi.co (or the Demo simulator) in Settings.`;
  return new ApiError('unsupported', message);
}

/**
 * The config each adapter actually talks to: the demo speaks both dialects from sub-paths of
 * its own base URL.
 */
function effectiveConfig(config: ProviderConfig, mode: LookupTarget['mode']): ProviderConfig {
  const info = PROVIDERS[config.kind];
  const baseUrl = config.baseUrl.trim() === '' ? info.defaultBaseUrl : config.baseUrl;
  if (config.kind !== 'demo') return { ...config, baseUrl, apiKey: config.apiKey.trim() };
  const dialect = mode === 'task' ? 'sunoapi-co' : 'sunoapi-com';
  return {
    kind: config.kind,
    baseUrl: joinUrl(baseUrl, dialect),
    apiKey: config.apiKey.trim() === '' ? DEMO_KEY : config.apiKey.trim(),
  };
}

/** Whether a lookup can go ahead: a real provider needs a key here or in the proxy. */
export function hasUsableKey(config: ProviderConfig): boolean {
  return (
    !PROVIDERS[config.kind].needsKey ||
    config.apiKey.trim() !== '' ||
    config.baseUrl.trim().startsWith(PROXY_PREFIX)
  );
}

export async function fetchLookup(
  config: ProviderConfig,
  target: LookupTarget,
  signal?: AbortSignal,
): Promise<LookupResult> {
  const info = PROVIDERS[config.kind];
  const supported = target.mode === 'task' ? info.supportsTasks : info.supportsClipIds;
  if (!supported) throw unsupported(config.kind, target.mode);
  const effective = effectiveConfig(config, target.mode);
  if (!hasUsableKey(effective)) {
    throw new ApiError('auth', 'Add your API key in Settings.');
  }
  return target.mode === 'task'
    ? queryTask(effective, target.taskId, signal)
    : getClips(effective, target.ids, signal);
}
