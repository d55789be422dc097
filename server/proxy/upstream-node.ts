import type { ClientRequest, IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { Readable } from 'node:stream';
import {
  addressKind,
  bareHostname,
  pinnedLookup,
  systemResolver,
  type HostResolver,
  type ResolvedAddress,
} from './address.ts';
import { ProxyError, type Upstream } from './upstream.ts';

export interface NodeUpstreamOptions {
  /** Hostnames exempt from the private-address check; for tests with upstreams on 127.0.0.1. */
  allowPrivateHosts?: readonly string[];
  /** Connect plus response headers, DNS included (default 15 s). */
  headersTimeoutMs?: number;
  /** DNS for upstream hosts (default node:dns; IP literals are not looked up). */
  resolveHost?: HostResolver;
}

/** Normalizes a hostname the way URL does, so allow-list entries compare with url.hostname. */
function normalizeHost(host: string): string {
  const lower = host.trim().toLowerCase();
  return isIP(lower) === 6 ? `[${lower}]` : lower;
}

/** Resolves the host and refuses it unless every address is public (or the host is exempt). */
async function resolveChecked(
  url: URL,
  resolveHost: HostResolver,
  privateHosts: ReadonlySet<string>,
): Promise<ResolvedAddress> {
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolveHost(url.hostname);
  } catch {
    throw new ProxyError(502, 'Upstream host not found');
  }
  const first = addresses[0];
  if (!first) throw new ProxyError(502, 'Upstream host not found');
  // All of them, not just the one we use: a mixed answer is a sign of a rebinding attempt.
  if (!privateHosts.has(url.hostname)) {
    if (addresses.some(({ address }) => addressKind(address) !== 'public')) {
      throw new ProxyError(403, 'Address not allowed');
    }
  }
  return first;
}

function toHeaders(response: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    // Set-Cookie is never relayed anyway; joining the rest is what fetch() does too.
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function toResponse(response: IncomingMessage): Response {
  const status = response.statusCode ?? 502;
  if (status < 200 || status > 599) {
    response.destroy();
    throw new ProxyError(502, `Upstream answered ${status}`);
  }
  const noBody = status === 204 || status === 304;
  if (noBody) response.resume();
  const body = noBody ? null : (Readable.toWeb(response) as ReadableStream<Uint8Array>);
  return new Response(body, { status, headers: toHeaders(response) });
}

/**
 * node:http(s) to an address resolved and checked first, then pinned for the connection, so a
 * second DNS answer cannot send it elsewhere. No pooled sockets, no redirects followed.
 */
export function nodeUpstream(options: NodeUpstreamOptions = {}): Upstream {
  const privateHosts = new Set((options.allowPrivateHosts ?? []).map(normalizeHost));
  const resolveHost = options.resolveHost ?? systemResolver;
  const headersTimeoutMs = options.headersTimeoutMs ?? 15_000;

  return (url, init) =>
    new Promise((resolve, reject) => {
      let settled = false;
      let request: ClientRequest | undefined;
      const finish = (error: unknown, response?: IncomingMessage) => {
        if (settled) {
          response?.destroy();
          return;
        }
        settled = true;
        clearTimeout(timer);
        init.signal.removeEventListener('abort', onAbort);
        if (!response) {
          request?.destroy();
          reject(error);
          return;
        }
        // Once answered, an abort (deadline, browser gone) still has to cut the body.
        init.signal.addEventListener('abort', () => response.destroy(), { once: true });
        try {
          resolve(toResponse(response));
        } catch (failure) {
          reject(failure);
        }
      };
      const onAbort = () => finish(init.signal.reason ?? new ProxyError(499, 'Client went away'));
      const timer = setTimeout(
        () => finish(new ProxyError(504, 'Upstream timed out')),
        headersTimeoutMs,
      );
      init.signal.addEventListener('abort', onAbort);
      if (init.signal.aborted) onAbort();

      resolveChecked(url, resolveHost, privateHosts).then((pinned) => {
        if (settled) return;
        const host = bareHostname(url.hostname);
        const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
        const headers: Record<string, string> = { ...init.headers };
        if (init.body) headers['content-length'] = String(init.body.length);
        request = send({
          protocol: url.protocol,
          host,
          port: url.port || (url.protocol === 'https:' ? 443 : 80),
          path: `${url.pathname}${url.search}`,
          method: init.method,
          headers,
          lookup: pinnedLookup(pinned),
          // No pooled sockets: each connection goes to the address checked for this request.
          agent: false,
          ...(url.protocol === 'https:' && isIP(host) === 0 ? { servername: host } : {}),
        });
        request.on('response', (response) => finish(undefined, response));
        request.on('error', (error) => finish(error));
        request.end(init.body);
      }, finish);
    });
}
