import { describe, expect, it } from 'vitest';
import {
  addressKind,
  isPublicAddress,
  parseIPv4,
  parseIPv6,
  pinnedLookup,
  systemResolver,
  type AddressKind,
} from './address.ts';

describe('parseIPv4 / parseIPv6', () => {
  it('parses strict forms only', () => {
    expect(parseIPv4('10.0.0.1')).toBe(0x0a000001);
    expect(parseIPv4('10.1')).toBeNull();
    expect(parseIPv4('256.0.0.1')).toBeNull();
    expect(parseIPv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('::')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIPv6('2001:db8::8a2e:370:7334')).toEqual([
      0x2001, 0xdb8, 0, 0, 0, 0x8a2e, 0x370, 0x7334,
    ]);
    expect(parseIPv6('::ffff:127.0.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(parseIPv6('fe80::1%eth0')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIPv6('not-an-ip')).toBeNull();
  });
});

describe('addressKind', () => {
  const cases: Array<[string, AddressKind]> = [
    ['0.0.0.0', 'unspecified'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['198.51.100.7', 'reserved'],
    ['8.8.8.8', 'public'],
    ['172.32.0.1', 'public'],
    ['104.18.1.1', 'public'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:8.8.8.8', 'public'],
    ['::127.0.0.1', 'reserved'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:0a00:0001::1', 'private'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%lo', 'link-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['2606:4700::6810:1', 'public'],
    ['2a00:1450:4001::200e', 'public'],
    ['example.com', 'invalid'],
  ];
  it.each(cases)('%s is %s', (address, kind) => {
    expect(addressKind(address)).toBe(kind);
    expect(isPublicAddress(address)).toBe(kind === 'public');
  });
});

describe('systemResolver', () => {
  it('answers IP literals without DNS', async () => {
    expect(await systemResolver('10.0.0.1')).toEqual([{ address: '10.0.0.1', family: 4 }]);
    expect(await systemResolver('[::1]')).toEqual([{ address: '::1', family: 6 }]);
  });
});

describe('pinnedLookup', () => {
  it('answers with the pinned address in both callback shapes', () => {
    const lookup = pinnedLookup({ address: '127.0.0.1', family: 4 });
    const seen: unknown[] = [];
    lookup('anything.example', { all: true }, (_e, address) => seen.push(address));
    lookup('anything.example', {}, (_e, address, family) => seen.push([address, family]));
    expect(seen).toEqual([[{ address: '127.0.0.1', family: 4 }], ['127.0.0.1', 4]]);
  });
});
