import type { IncomingMessage } from 'node:http';
import type { ClientKey } from './proxy/rate-limit.ts';

/**
 * On Node: the socket's address, or with a trusted reverse proxy in front, the last entry of
 * X-Forwarded-For (the one that proxy added; earlier ones are whatever the client claimed).
 */
export function nodeClientKey(trustForwarded: boolean): ClientKey {
  return (request, env) => {
    if (trustForwarded) {
      const forwarded = request.headers.get('x-forwarded-for')?.split(',').pop()?.trim();
      if (forwarded) return forwarded;
    }
    const incoming = (env as { incoming?: IncomingMessage } | undefined)?.incoming;
    return incoming?.socket.remoteAddress;
  };
}

/** On Workers: Cloudflare's own record of the client, which a client cannot set. */
export const workerClientKey: ClientKey = (request) =>
  request.headers.get('cf-connecting-ip') ?? undefined;
