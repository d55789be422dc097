/**
 * The files of kept clips (audio, cover) in Cache Storage, under addresses of this site that
 * are never fetched: Cache Storage holds large files without reading them into memory, and a
 * Blob read back from it stays on disk until played.
 */
export type KeptPart = 'audio' | 'cover';

const CACHE_NAME = 'clip-viewer-kept';

function keyOf(clipId: string, part: KeptPart): string {
  return new URL(`/kept/${clipId}/${part}`, window.location.origin).href;
}

export function canKeepFiles(): boolean {
  // Only secure pages (https, localhost) have Cache Storage.
  return typeof caches !== 'undefined';
}

export async function putKeptFile(clipId: string, part: KeptPart, file: Blob): Promise<void> {
  const cache = await caches.open(CACHE_NAME);
  const headers = { 'content-type': file.type || 'application/octet-stream' };
  await cache.put(keyOf(clipId, part), new Response(file, { headers }));
}

export async function readKeptFile(clipId: string, part: KeptPart): Promise<Blob | null> {
  if (!canKeepFiles()) return null;
  const found = await (await caches.open(CACHE_NAME)).match(keyOf(clipId, part));
  return found ? await found.blob() : null;
}

export async function removeKeptFiles(clipId: string): Promise<void> {
  if (!canKeepFiles()) return;
  const cache = await caches.open(CACHE_NAME);
  await Promise.all([cache.delete(keyOf(clipId, 'audio')), cache.delete(keyOf(clipId, 'cover'))]);
}
