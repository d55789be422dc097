/**
 * Reading a clip's media for saving: one home for the rules every download follows, a single
 * file or a ZIP of many. A host that refuses cross-origin reads is read through the app
 * server's media relay; a link that fails may have expired and is asked for again, once.
 */
import { PROXY_PREFIX } from '../../domain/providers';
import type { Clip } from '../../domain/clip';

/** The file's bytes, the HTTP status that refused them, or 'unreadable' (CORS or network). */
export type Fetched = Blob | number | 'unreadable';

/** The app server's relay for media hosts that send no CORS headers (server/proxy/media-route). */
export function relayUrl(url: string): string {
  return `${PROXY_PREFIX}media?url=${encodeURIComponent(url)}`;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Only another origin's http(s) file can be refused for CORS, and only those may be relayed. */
function relayable(url: string): boolean {
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol.startsWith('http') && parsed.origin !== window.location.origin;
  } catch {
    return false;
  }
}

/** How far a read has got: a share of the file, or null while its size is not known. */
export type OnProgress = (fraction: number | null) => void;

async function read(url: string, signal?: AbortSignal, onProgress?: OnProgress): Promise<Fetched> {
  const res = await fetch(url, { mode: 'cors', credentials: 'omit', signal });
  if (!res.ok) return res.status;
  if (!onProgress || !res.body) return await res.blob();
  const total = Number(res.headers.get('content-length')) || null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  const reader = res.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(next.value);
    received += next.value.byteLength;
    onProgress(total ? Math.min(received / total, 1) : null);
  }
  return new Blob(chunks, { type: res.headers.get('content-type') ?? '' });
}

/** Why a file could not be read, in words for the person ("the audio host answered 404"). */
export function refusalOf(file: Exclude<Fetched, Blob>, what = 'audio'): string {
  return typeof file === 'number'
    ? `the ${what} host answered ${file}`
    : `the ${what} host refused this page, directly and through the app’s relay`;
}

/**
 * The file, read directly or, when the browser refuses (a host without CORS headers), through
 * the relay. The relay only serves the providers' media hosts and may not be deployed (a
 * static host): its refusal is 'unreadable', not a status, since it says nothing of the file.
 * A cancelled read throws its AbortError.
 */
export async function fetchMedia(
  url: string,
  signal?: AbortSignal,
  onProgress?: OnProgress,
): Promise<Fetched> {
  try {
    return await read(url, signal, onProgress);
  } catch (error) {
    if (isAbort(error) || signal?.aborted) throw error;
  }
  if (!relayable(url)) return 'unreadable';
  try {
    const relayed = await read(relayUrl(url), signal, onProgress);
    return relayed instanceof Blob ? relayed : 'unreadable';
  } catch (error) {
    if (isAbort(error) || signal?.aborted) throw error;
    return 'unreadable';
  }
}

/**
 * The file at `url`, or, when that fails, at the fresh link `freshUrl` finds for it (null:
 * none, or the same link). Returns the bytes (or why not) and the link last tried.
 */
export async function fetchHealed(
  url: string,
  freshUrl: (failedUrl: string) => Promise<string | null>,
  signal?: AbortSignal,
  onProgress?: OnProgress,
): Promise<{ file: Fetched; url: string }> {
  const file = await fetchMedia(url, signal, onProgress);
  if (file instanceof Blob) return { file, url };
  const fresh = await freshUrl(url);
  signal?.throwIfAborted();
  if (!fresh || fresh === url) return { file, url };
  return { file: await fetchMedia(fresh, signal, onProgress), url: fresh };
}

/** The same file in a fresher copy of the clip, by the extension it is saved under. */
export function sameFile(ext: string, clip: Clip): string | null {
  if (ext === 'mp3' || ext === 'm4a') return clip.audioUrl;
  if (ext === 'mp4') return clip.videoUrl;
  return clip.imageLargeUrl ?? clip.imageUrl;
}

/** Hosts often send `application/octet-stream`; a saved file should say what it is. */
export function typedAs(file: Blob, type: string | undefined): Blob {
  return type && !file.type.startsWith('audio/') ? new Blob([file], { type }) : file;
}
