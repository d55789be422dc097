import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { closeSignal, sendJson, wait } from './http-util.ts';
import { isUuid, normalizeId } from './ids.ts';
import type { MediaStore } from './media-store.ts';
import { variantIndexForClip } from './media-variants.ts';
import type { SimState } from './sim-state.ts';

/** Enough of the MP3 for a player to start at once, even at the very start of streaming. */
const MIN_AVAILABLE_SHARE = 0.15;
const TICK_MS = 250;

/**
 * Like Suno's audiopipe: while a clip is streaming, sends the part of the MP3 "generated so
 * far" and keeps the response open, adding bytes as the clock advances; ends on complete.
 * No Range support, as the real one has none.
 */
export async function handleStream(
  state: SimState,
  store: MediaStore,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const id = normalizeId(url.searchParams.get('item_id') ?? '');
  if (!isUuid(id)) return sendJson(res, 400, { code: 400, message: 'item_id must be a clip id' });
  const ref = state.catalog.knownClip(id);
  const first = ref ? state.phase(ref) : undefined;
  if (!ref || !first || (first.status !== 'streaming' && first.status !== 'complete')) {
    return sendJson(res, 404, { code: 404, message: 'No stream for this clip' });
  }

  const audio = await readFile(await store.audio(variantIndexForClip(id)));
  res.statusCode = 200;
  res.setHeader('Content-Type', 'audio/mpeg');
  res.setHeader('Cache-Control', 'no-store');
  if (first.status === 'complete') res.setHeader('Content-Length', audio.length);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }

  const signal = closeSignal(res);
  let sent = 0;
  for (;;) {
    const phase = state.phase(ref);
    const done = phase.status !== 'streaming';
    const share = done ? 1 : Math.max(MIN_AVAILABLE_SHARE, phase.streamProgress);
    const available = Math.min(audio.length, Math.floor(audio.length * share));
    if (available > sent) {
      res.write(audio.subarray(sent, available));
      sent = available;
    }
    if (done || signal.aborted) break;
    await wait(TICK_MS, signal);
  }
  if (!signal.aborted) res.end();
}
