import { promises as dns } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isIP, isIPv4, isIPv6 } from 'node:net';

/** What an IP address is, for deciding whether the proxy may connect to it. */
export type AddressKind =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'reserved'
  | 'invalid';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a hostname to every address it has; injectable so tests never need real DNS. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Parses a strict dotted quad into a 32-bit unsigned number. */
export function parseIPv4(text: string): number | null {
  if (!isIPv4(text)) return null;
  const parts = text.split('.').map(Number);
  return parts.reduce((acc, part) => acc * 256 + part, 0);
}

/** Parses an IPv6 address (optionally with a zone, or a trailing dotted quad) into 8 groups. */
export function parseIPv6(text: string): number[] | null {
  let body = text.replace(/%.*$/, '');
  if (!isIPv6(body)) return null;
  const lastColon = body.lastIndexOf(':');
  const quad = parseIPv4(body.slice(lastColon + 1));
  if (quad !== null) {
    // Rewrite a trailing dotted quad as two hex groups so one parser handles both forms.
    const high = Math.floor(quad / 65536).toString(16);
    const low = (quad % 65536).toString(16);
    body = `${body.slice(0, lastColon + 1)}${high}:${low}`;
  }
  const toGroups = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const halves = body.split('::');
  const left = toGroups(halves[0] ?? '');
  const right = halves.length > 1 ? toGroups(halves[1] ?? '') : [];
  const fill = halves.length > 1 ? 8 - left.length - right.length : 0;
  if (fill < 0) return null;
  const groups = [...left, ...new Array<number>(fill).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

const IPV4_RANGES: ReadonlyArray<readonly [string, number, AddressKind]> = [
  ['0.0.0.0', 8, 'unspecified'], // "this network"; 0.0.0.0 reaches the local host on Linux
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'private'], // carrier-grade NAT, internal to a provider
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'], // includes cloud metadata (169.254.169.254)
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // includes the broadcast address
];

function ipv4Kind(value: number): AddressKind {
  for (const [base, bits, kind] of IPV4_RANGES) {
    const size = 2 ** (32 - bits);
    const start = parseIPv4(base) ?? 0;
    if (value >= start && value < start + size) return kind;
  }
  return 'public';
}

function ipv6Kind(g: number[]): AddressKind {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const embeddedV4 = g6 * 65536 + g7;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0) {
    if (g5 === 0 && g6 === 0 && g7 === 0) return 'unspecified';
    if (g5 === 0 && g6 === 0 && g7 === 1) return 'loopback';
    // ::ffff:a.b.c.d reaches the IPv4 address itself, so it is judged as that address.
    if (g5 === 0xffff) return ipv4Kind(embeddedV4);
    return 'reserved'; // deprecated IPv4-compatible form ::a.b.c.d
  }
  // ::ffff:0:a.b.c.d (IPv4-translated) and 64:ff9b::/96 (NAT64) also lead to the IPv4 address.
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0xffff && g5 === 0) {
    return ipv4Kind(embeddedV4);
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return ipv4Kind(embeddedV4);
  }
  if (g0 === 0x2002) return ipv4Kind(g1 * 65536 + g2); // 6to4 embeds an IPv4 address
  if ((g0 & 0xfe00) === 0xfc00) return 'unique-local';
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xffc0) === 0xfec0) return 'private'; // deprecated site-local
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  if (g0 === 0x2001 && g1 === 0x0db8) return 'reserved'; // documentation
  if (g0 === 0x2001 && g1 === 0) return 'reserved'; // Teredo hides the real IPv4 peer
  // Only 2000::/3 is allocated as global unicast; anything else has no business being a CDN.
  if ((g0 & 0xe000) !== 0x2000) return 'reserved';
  return 'public';
}

/** Classifies an IPv4 or IPv6 address (IPv4-mapped IPv6 is judged as its IPv4 address). */
export function addressKind(address: string): AddressKind {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const v4 = parseIPv4(bare);
  if (v4 !== null) return ipv4Kind(v4);
  const v6 = parseIPv6(bare);
  return v6 === null ? 'invalid' : ipv6Kind(v6);
}

export function isPublicAddress(address: string): boolean {
  return addressKind(address) === 'public';
}

/** The hostname as node:net wants it: URL hostnames keep IPv6 literals in brackets. */
export function bareHostname(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/** node:dns, except that IP literals are answered without any lookup. */
export const systemResolver: HostResolver = async (hostname) => {
  const bare = bareHostname(hostname);
  const family = isIP(bare);
  if (family === 4 || family === 6) return [{ address: bare, family }];
  const found = await dns.lookup(bare, { all: true, verbatim: true });
  return found.map(({ address, family: f }) => ({ address, family: f === 6 ? 6 : 4 }));
};

/**
 * A lookup for http.request that always answers with the address we already checked, so a
 * second DNS answer (DNS rebinding) cannot send the connection somewhere else.
 */
export function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    // Node 20's connect (autoSelectFamily) asks for all addresses at once.
    if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
}
