const encoder = new TextEncoder();
const REDACTED = encoder.encode('[redacted]');

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  const last = haystack.length - needle.length;
  for (let i = haystack.indexOf(first ?? 0, from); i >= 0 && i <= last;) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j += 1;
    if (j === needle.length) return i;
    i = haystack.indexOf(first ?? 0, i + 1);
  }
  return -1;
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Replaces every occurrence of each secret in a buffered body, in case upstream echoes it. */
export function redactSecrets(
  body: Uint8Array<ArrayBuffer>,
  secrets: readonly string[],
): Uint8Array<ArrayBuffer> {
  let out = body;
  for (const secret of secrets) {
    // Very short strings would mangle ordinary text; real keys are far longer.
    if (secret.length < 8) continue;
    const needle = encoder.encode(secret);
    let at = indexOf(out, needle, 0);
    if (at < 0) continue;
    const parts: Uint8Array[] = [];
    let from = 0;
    while (at >= 0) {
      parts.push(out.subarray(from, at), REDACTED);
      from = at + needle.length;
      at = indexOf(out, needle, from);
    }
    parts.push(out.subarray(from));
    out = concat(parts);
  }
  return out;
}

export function redactText(text: string, secrets: readonly string[]): string {
  return secrets.reduce(
    (out, secret) => (secret.length < 8 ? out : out.split(secret).join('[redacted]')),
    text,
  );
}
