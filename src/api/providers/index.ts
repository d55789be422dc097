/**
 * The single entry point (`fetchLookup`) that the query layer calls. It and everything it
 * brings (the adapters, their schemas, the fetch client) load with the first lookup.
 */
import type { LookupPart } from '../../domain/lookup-target';
import { INSECURE_KEY_MESSAGE, keyRefusal } from '../../domain/key-policy';
import { PROVIDERS, type ProviderKind } from '../../domain/providers';
import { hasUsableKey, type ProviderConfig } from '../provider-config';
import type { LookupResult } from '../../domain/clip';
import { ApiError, clampRetryAfter, toApiError } from '../../domain/errors';
import { STALLED_POLL_MS } from '../polling-policy';
import { gateFor } from '../request-gate';
import { queryTask } from './sunoapi-co';
import { getClips } from './sunoapi-com';
import { joinUrl, resolveBaseUrl } from '../../domain/providers/url';

export type { ProviderConfig };

/** The simulator accepts any non-empty key, so the demo works before anyone opens Settings. */
const DEMO_KEY = 'demo';

function unsupported(kind: ProviderKind, mode: LookupPart['mode']): ApiError {
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
function effectiveConfig(config: ProviderConfig, mode: LookupPart['mode']): ProviderConfig {
  const info = PROVIDERS[config.kind];
  const baseUrl = config.baseUrl.trim() === '' ? info.defaultBaseUrl : config.baseUrl;
  if (config.kind !== 'demo') return { ...config, baseUrl, apiKey: config.apiKey.trim() };
  const dialect = mode === 'task' ? 'sunoapi-co' : 'sunoapi-com';
  // The simulator never gets a person's key, whatever was passed in.
  return { kind: config.kind, baseUrl: joinUrl(baseUrl, dialect), apiKey: DEMO_KEY };
}

function missingKey(config: ProviderConfig): ApiError {
  const label = PROVIDERS[config.kind].label;
  const withheld = config.keyWithheld;
  if (withheld?.reason === 'insecure') {
    return new ApiError('auth', `${INSECURE_KEY_MESSAGE} Change the base URL in Settings.`);
  }
  if (withheld?.reason === 'other-origin') {
    return new ApiError(
      'auth',
      `Your ${label} key was saved for ${withheld.savedFor}, so it is not sent to this base URL. Save it again in Settings to use it here.`,
    );
  }
  return new ApiError('auth', `Add your ${label} API key in Settings.`);
}

export async function fetchLookup(
  config: ProviderConfig,
  target: LookupPart,
  signal?: AbortSignal,
): Promise<LookupResult> {
  const info = PROVIDERS[config.kind];
  const supported = target.mode === 'task' ? info.supportsTasks : info.supportsClipIds;
  if (!supported) throw unsupported(config.kind, target.mode);
  const effective = effectiveConfig(config, target.mode);
  if (!hasUsableKey(effective)) throw missingKey(effective);
  // The last line of defence: whatever Settings allowed, a key never travels in the clear.
  // (The simulator's stand-in key is not a secret.)
  const secret = config.kind !== 'demo' && effective.apiKey !== '';
  if (secret && keyRefusal(resolveBaseUrl(effective.baseUrl), null) !== null) {
    throw new ApiError('auth', `${INSECURE_KEY_MESSAGE} Change the base URL in Settings.`);
  }
  return target.mode === 'task'
    ? queryTask(effective, target.taskId, signal)
    : getClips(effective, target.ids, signal);
}

/**
 * `fetchLookup` through the provider's gate: a few requests in flight at once, and when the
 * provider asks us to slow down, every request to it waits, not only the one that was told.
 */
export async function fetchThroughGate(
  config: ProviderConfig,
  target: LookupPart,
  signal?: AbortSignal,
): Promise<LookupResult> {
  const gate = gateFor(config.kind, config.baseUrl);
  try {
    return await gate.run(() => fetchLookup(config, target, signal), signal);
  } catch (e) {
    const error = toApiError(e);
    if (error.kind === 'rate-limited') {
      gate.holdUntil(Date.now() + clampRetryAfter(error.retryAfterMs ?? STALLED_POLL_MS));
    }
    throw error;
  }
}
