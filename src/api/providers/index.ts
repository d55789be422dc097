/**
 * The single entry point (`fetchLookup`) that the query layer calls: whichever provider is
 * chosen, its definition says which call to make and its reader reads the answer. It and
 * everything it brings (the readers, their schemas, the fetch client) load with the first
 * lookup.
 */
import type { LookupResult } from '../../domain/clip';
import { ApiError, clampRetryAfter, toApiError } from '../../domain/errors';
import { ID_FORM_EXAMPLES, fitsIdForm } from '../../domain/ids';
import { INSECURE_KEY_MESSAGE, keyRefusal } from '../../domain/key-policy';
import type { LookupPart } from '../../domain/lookup-target';
import { buildCall, callHeaders } from '../../domain/providers/call';
import {
  PROVIDERS,
  withProviderMedia,
  type ProviderCall,
  type ProviderInfo,
} from '../../domain/providers';
import { joinUrl, resolveBaseUrl } from '../../domain/providers/url';
import { mediaHostsBeside } from '../cdn-fallback';
import { requestJson } from '../client';
import { STALLED_POLL_MS } from '../polling-policy';
import { hasUsableKey, type ProviderConfig } from '../provider-config';
import { gateFor } from '../request-gate';

export type { ProviderConfig };

/** The simulator accepts any non-empty key, so the demo works before anyone opens Settings. */
const DEMO_KEY = 'demo';

function otherProviders(pick: (info: ProviderInfo) => boolean): string {
  return Object.values(PROVIDERS)
    .filter(pick)
    .map((info) => info.label)
    .join(', ');
}

function unsupported(info: ProviderInfo, mode: LookupPart['mode']): ApiError {
  const message =
    mode === 'clips'
      ? `${info.label} looks up task IDs only; for clip IDs choose one of ${otherProviders((i) => i.supportsClipIds)} in Settings.`
      : `${info.label} looks up clip IDs only; for a task ID choose one of ${otherProviders((i) => i.supportsTasks)} in Settings.`;
  return new ApiError('unsupported', message);
}

function missingKey(config: ProviderConfig, info: ProviderInfo): ApiError {
  const withheld = config.keyWithheld;
  if (withheld?.reason === 'insecure') {
    return new ApiError('auth', `${INSECURE_KEY_MESSAGE} Change the base URL in Settings.`);
  }
  if (withheld?.reason === 'other-origin') {
    return new ApiError(
      'auth',
      `Your ${info.label} key was saved for ${withheld.savedFor}, so it is not sent to this base URL. Save it again in Settings to use it here.`,
    );
  }
  return new ApiError('auth', `Add your ${info.label} API key in Settings. ${info.keyHelp}`);
}

/** A task ID in a form the provider does not hand out is named before anything is sent. */
function checkIdForm(info: ProviderInfo, part: LookupPart): void {
  const form = info.lookups.task?.idForm;
  if (part.mode !== 'task' || form === undefined || fitsIdForm(part.taskId, form)) return;
  throw new ApiError(
    'unsupported',
    `${info.label} task IDs are ${ID_FORM_EXAMPLES[form]}; “${part.taskId.slice(0, 40)}” is not one.`,
  );
}

export async function fetchLookup(
  config: ProviderConfig,
  target: LookupPart,
  signal?: AbortSignal,
): Promise<LookupResult> {
  const info = PROVIDERS[config.kind];
  const call = target.mode === 'task' ? info.lookups.task : info.lookups.clips;
  if (call === undefined) throw unsupported(info, target.mode);
  checkIdForm(info, target);
  const ids = target.mode === 'task' ? [target.taskId] : target.ids;
  const [reader, json] = await Promise.all([info.load(), callProvider(config, call, ids, signal)]);
  const result = reader.readLookup(json, { mode: target.mode, ids });
  const hosts = mediaHostsBeside(config.baseUrl.trim() || info.defaultBaseUrl);
  return { ...result, clips: result.clips.map((c) => withProviderMedia(config.kind, c, hosts)) };
}

/**
 * Makes one of the provider's calls with the IDs given and returns the answer's JSON: the base
 * URL the person chose, the key the provider's way, and never a key in the clear.
 */
export async function callProvider(
  config: ProviderConfig,
  call: ProviderCall,
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<unknown> {
  const info = PROVIDERS[config.kind];
  const baseUrl = config.baseUrl.trim() === '' ? info.defaultBaseUrl : config.baseUrl;
  // The simulator never gets a person's key, whatever was passed in.
  const apiKey = info.simulated ? DEMO_KEY : config.apiKey.trim();
  if (!hasUsableKey({ ...config, baseUrl, apiKey })) throw missingKey(config, info);
  // The last line of defence: whatever Settings allowed, a key never travels in the clear.
  // (The simulator's stand-in key is not a secret.)
  if (!info.simulated && apiKey !== '' && keyRefusal(resolveBaseUrl(baseUrl), null) !== null) {
    throw new ApiError('auth', `${INSECURE_KEY_MESSAGE} Change the base URL in Settings.`);
  }
  const built = buildCall(call, ids);
  return requestJson(
    `${joinUrl(baseUrl, built.path)}${built.search}`,
    { method: built.method, headers: callHeaders(info, call, built, apiKey), body: built.body },
    { signal },
  );
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
