/** One built file held in memory with the variants the build made of it. */
export interface StaticFile {
  type: string;
  /** Seconds since the epoch, as HTTP dates have no finer grain. */
  mtimeSeconds: number;
  etag: string;
  identity: Uint8Array<ArrayBuffer>;
  br?: Uint8Array<ArrayBuffer>;
  gzip?: Uint8Array<ArrayBuffer>;
}

export type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the client accepts among those the build made (br, then gzip). */
export function chooseEncoding(
  acceptEncoding: string | null,
  file: Pick<StaticFile, 'br' | 'gzip'>,
): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (file.br && allows('br')) return 'br';
  if (file.gzip && allows('gzip')) return 'gzip';
  return 'identity';
}

/**
 * Whether the client's copy is current, from its If-None-Match and If-Modified-Since (absent:
 * null or undefined): If-None-Match first, else If-Modified-Since.
 */
export function isCurrent(
  ifNoneMatch: string | null | undefined,
  ifModifiedSince: string | null | undefined,
  file: StaticFile,
): boolean {
  if (ifNoneMatch != null) {
    const bare = file.etag.replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => {
      const t = tag.trim();
      return t === '*' || t.replace(/^W\//, '') === bare;
    });
  }
  const since = Date.parse(ifModifiedSince ?? '');
  return Number.isFinite(since) && Math.floor(since / 1000) >= file.mtimeSeconds;
}

/** Whether the request's copy of the file is current (304). */
export function notModified(request: Request, file: StaticFile): boolean {
  const headers = request.headers;
  return isCurrent(headers.get('if-none-match'), headers.get('if-modified-since'), file);
}

/** The headers of every answer for a file, 304 or 200, whatever the encoding. */
export function fileHeaders(file: StaticFile): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': file.type,
    ETag: file.etag,
    'Last-Modified': new Date(file.mtimeSeconds * 1000).toUTCString(),
  };
  if (file.br || file.gzip) headers.Vary = 'Accept-Encoding';
  return headers;
}

/** The bytes of one encoding, and the headers that go with them beside `fileHeaders`. */
export function encoded(
  file: StaticFile,
  encoding: Encoding,
): { body: Uint8Array<ArrayBuffer>; headers: Record<string, string> } {
  const body = encoding === 'identity' ? file.identity : (file[encoding] ?? file.identity);
  const headers: Record<string, string> = {};
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  headers['Content-Length'] = String(body.byteLength);
  return { body, headers };
}

/** The answer for a file: 304 when current, else the chosen bytes with their length. */
export function staticResponse(request: Request, file: StaticFile): Response {
  const headers = fileHeaders(file);
  if (notModified(request, file)) return new Response(null, { status: 304, headers });
  const chosen = encoded(file, chooseEncoding(request.headers.get('accept-encoding'), file));
  return new Response(chosen.body, { headers: { ...headers, ...chosen.headers } });
}
