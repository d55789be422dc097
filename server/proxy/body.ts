import { ProxyError } from './upstream.ts';

/**
 * Reads a whole body into memory, refusing it (with `tooLarge`) as soon as it passes `limit`,
 * whether the size was declared or only streamed.
 */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: string | null,
  limit: number,
  tooLarge: ProxyError,
): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(declaredLength ?? '0') > limit) {
    await body?.cancel().catch(() => undefined);
    throw tooLarge;
  }
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * A relay of a media body that is cut when upstream owes data for longer than `idleMs` or
 * sends more than `maxBytes`. The timer only runs while the browser is waiting for data: a
 * paused media element is not a stalled CDN. The first chunk is read before answering, so a
 * CDN that never sends a byte gets a 504 instead of an empty 200.
 */
export async function relayMedia(
  body: ReadableStream<Uint8Array>,
  idleMs: number,
  maxBytes: number,
  onCut: (reason: string) => void,
): Promise<ReadableStream<Uint8Array>> {
  const reader = body.getReader();
  let size = 0;
  const next = async (): Promise<ReadableStreamReadResult<Uint8Array>> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ProxyError(504, 'Upstream timed out')), idleMs);
    });
    try {
      const result = await Promise.race([reader.read(), stalled]);
      if (!result.done) {
        size += result.value.length;
        if (size > maxBytes) throw new ProxyError(502, 'Upstream response too large');
      }
      return result;
    } catch (error) {
      await reader.cancel().catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };

  const first = await next();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(first.value);
    },
    async pull(controller) {
      try {
        const result = await next();
        if (result.done) controller.close();
        else controller.enqueue(result.value);
      } catch (error) {
        onCut(error instanceof ProxyError ? error.message : 'upstream failed');
        controller.error(error);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
