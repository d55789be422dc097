import { json, wait } from './http-util.ts';
import { isUuid, normalizeId } from './ids.ts';
import { MEDIA_MISSING } from './media-routes.ts';
import type { SimMedia } from './media-source.ts';
import { variantIndexForClip } from './media-variants.ts';
import type { SimState } from './sim-state.ts';
import type { StreamGate } from './stream-gate.ts';

/** Enough of the MP3 for a player to start at once, even at the very start of streaming. */
const MIN_AVAILABLE_SHARE = 0.15;
const TICK_MS = 250;
/** Views into the shared MP3, never copies; small so a slow reader holds little in flight. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Like Suno's audiopipe: while a clip is streaming, sends the part of the MP3 "generated so
 * far" and keeps the response open, adding bytes as the clock advances; ends on complete.
 * No Range support, as the real one has none. Every stream reads one shared buffer per song.
 */
export async function handleStream(
  state: SimState,
  media: SimMedia | undefined,
  gate: StreamGate,
  request: Request,
): Promise<Response> {
  const url = new URL(request.url);
  const id = normalizeId(url.searchParams.get('item_id') ?? '');
  if (!isUuid(id)) return json(400, { code: 400, message: 'item_id must be a clip id' });
  const ref = state.catalog.knownClip(id);
  const first = ref ? state.phase(ref) : undefined;
  if (!ref || !first || (first.status !== 'streaming' && first.status !== 'complete')) {
    return json(404, { code: 404, message: 'No stream for this clip' });
  }
  const audio = await media?.audioBytes(variantIndexForClip(id));
  if (!audio) return json(404, { code: 404, message: MEDIA_MISSING });
  const headers: Record<string, string> = {
    'Content-Type': 'audio/mpeg',
    'Cache-Control': 'no-store',
  };
  if (first.status === 'complete') headers['Content-Length'] = String(audio.length);
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });

  const stopped = new AbortController();
  let fail: (reason: string) => void = () => undefined;
  const ticket = gate.enter((reason) => fail(reason));
  if (!ticket) {
    return json(503, { code: 503, message: 'Too many live streams' }, { 'Retry-After': '5' });
  }
  let sent = 0;
  // Pulled by the reader: bytes go out as fast as the client takes them, up to what the clock
  // says exists; then it waits a tick for more. A client that leaves cancels the wait.
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      fail = (reason) => {
        stopped.abort();
        controller.error(new Error(reason));
      };
    },
    async pull(controller) {
      ticket.pulled();
      for (;;) {
        const phase = state.phase(ref);
        const done = phase.status !== 'streaming';
        const share = done ? 1 : Math.max(MIN_AVAILABLE_SHARE, phase.streamProgress);
        const available = Math.min(audio.length, Math.floor(audio.length * share));
        if (available > sent) {
          const end = Math.min(available, sent + CHUNK_BYTES);
          controller.enqueue(audio.subarray(sent, end));
          sent = end;
          ticket.waiting();
          return;
        }
        if (done) {
          ticket.end();
          controller.close();
          return;
        }
        await wait(TICK_MS, stopped.signal);
        if (stopped.signal.aborted) return;
      }
    },
    cancel() {
      ticket.end();
      stopped.abort();
    },
  });
  return new Response(body, { status: 200, headers });
}
