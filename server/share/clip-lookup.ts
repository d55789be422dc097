import { displayTitle, isTerminal, type Clip, type LookupResult } from '../../src/domain/clip.ts';
import {
  buildCall,
  callHeaders,
  keyHeader,
  type BuiltCall,
} from '../../src/domain/providers/call.ts';
import type { ProviderCall, ReadContext } from '../../src/domain/providers/definition.ts';
import {
  PROVIDERS,
  SIMULATOR_PREFIX,
  isRealProvider,
  type ProviderKind,
} from '../../src/domain/providers/index.ts';
import type { ShareTarget } from '../../src/domain/share-link.ts';
import { forwardCall } from '../proxy/api-route.ts';
import type { ProxyConfig } from '../proxy/config.ts';
import type { Upstream } from '../proxy/upstream.ts';

/** What a preview shows of a clip: a few fields, so the cache holds no lyrics or history. */
export interface PreviewClip {
  id: string;
  title: string;
  /** The display name, else "@handle"; null when the provider gave neither. */
  artist: string | null;
  handle: string | null;
  tags: string[];
  coverUrl: string | null;
  coverLargeUrl: string | null;
  audioUrl: string | null;
  videoUrl: string | null;
  duration: number | null;
  /** Done (complete or error): what a preview says will not change. */
  settled: boolean;
  playable: boolean;
}

export interface ClipLookupDeps {
  /** The simulator's routes, called in-process for Demo clips (no network). */
  simulator?: { fetch: (request: Request) => Response | Promise<Response> };
  proxy: ProxyConfig;
  upstream: Upstream;
}

function toPreview(clip: Clip): PreviewClip {
  return {
    id: clip.id,
    title: displayTitle(clip),
    artist: clip.displayName?.trim() || (clip.handle ? `@${clip.handle}` : null),
    handle: clip.handle,
    tags: clip.tags.slice(0, 8),
    coverUrl: clip.imageUrl,
    coverLargeUrl: clip.imageLargeUrl,
    audioUrl: clip.audioUrl,
    videoUrl: clip.videoUrl,
    duration: clip.duration,
    settled: isTerminal(clip.status),
    playable: clip.audioUrl !== null && (clip.status === 'complete' || clip.status === 'streaming'),
  };
}

/**
 * The calls that may hold the clip a share link names, as its provider's definition makes
 * them: its one clip ID, or each task of the link (a batch's clip may be in any of them, so
 * they are asked in turn).
 */
function requestsFor(
  target: ShareTarget,
): { call: ProviderCall; built: BuiltCall; context: ReadContext }[] {
  const { lookups } = PROVIDERS[target.provider];
  if (target.lookup.mode === 'task') {
    const call = lookups.task;
    if (!call) return [];
    return target.lookup.taskIds.slice(0, MAX_TASKS_ASKED).map((taskId) => ({
      call,
      built: buildCall(call, [taskId]),
      context: { mode: 'task', ids: [taskId] },
    }));
  }
  const call = lookups.clips;
  if (!call) return [];
  return [
    {
      call,
      built: buildCall(call, [target.clipId]),
      context: { mode: 'clips', ids: [target.clipId] },
    },
  ];
}

/** A preview asks at most this many tasks of a batch before it gives up on the clip. */
const MAX_TASKS_ASKED = 5;

async function answerOf(
  response: Response,
  provider: ProviderKind,
  context: ReadContext,
): Promise<LookupResult | null> {
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  try {
    const json: unknown = await response.json();
    const reader = await PROVIDERS[provider].load();
    return reader.readLookup(json, context);
  } catch {
    // Not JSON, or not clips: the page is served with the generic tags.
    return null;
  }
}

/**
 * The shared clip as its provider has it now: the Demo provider through the simulator's own
 * handler, a real one through the proxy's code with the server's key for that provider (only
 * the calls its definition names). Null when there is no key, no simulator, or no such clip.
 */
export async function lookupClip(
  deps: ClipLookupDeps,
  target: ShareTarget,
  origin: string,
  signal: AbortSignal,
): Promise<PreviewClip | null> {
  for (const request of requestsFor(target)) {
    const found = await askFor(deps, target, request, origin, signal);
    if (found) return found;
  }
  return null;
}

async function askFor(
  deps: ClipLookupDeps,
  target: ShareTarget,
  { call, built, context }: ReturnType<typeof requestsFor>[number],
  origin: string,
  signal: AbortSignal,
): Promise<PreviewClip | null> {
  const provider = target.provider;
  const definition = PROVIDERS[provider];
  let response: Response;
  if (!isRealProvider(provider)) {
    if (!deps.simulator) return null;
    // The simulator builds media URLs from the request's origin: the page's own, so absolute.
    const request = new Request(`${origin}${SIMULATOR_PREFIX}${built.path}${built.search}`, {
      method: built.method,
      headers: callHeaders(definition, call, built, 'demo'),
      body: built.body,
      signal,
    });
    response = await deps.simulator.fetch(request);
  } else {
    const key = deps.proxy.apiKeys[provider];
    if (definition.needsKey && !key) return null;
    const { body } = built;
    const keyName = definition.key?.header ?? '';
    response = await forwardCall(deps.proxy, deps.upstream, {
      kind: provider,
      built,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      authorization: key === undefined ? undefined : keyHeader(definition.key, key)[keyName],
      readBody: () =>
        Promise.resolve(body === undefined ? undefined : new TextEncoder().encode(body)),
      signal,
    });
  }
  const answer = await answerOf(response, provider, context);
  const clip = answer?.clips.find((c) => c.id.toLowerCase() === target.clipId);
  return clip ? toPreview(clip) : null;
}
