import { describe, expect, it } from 'vitest';

import { addressBucket, clientAddressOf, normalizeAddress, PEER_ADDRESS_HEADER } from './address';

const request = (headers: Record<string, string>) => new Headers(headers);
const direct = { onVercel: false, trustedProxies: 0 };
const behind = (trustedProxies: number) => ({ onVercel: false, trustedProxies });
const vercel = { onVercel: true, trustedProxies: 0 };

describe('normalizeAddress', () => {
  it.each(
    Object.entries({
      ' 203.0.113.7 ': '203.0.113.7',
      '2001:DB8::1': '2001:db8::1',
      '::ffff:127.0.0.1': '127.0.0.1',
      '::1': '::1',
    }),
  )('accepts %j, spelt as %j', (given, normalized) => {
    expect(normalizeAddress(given)).toBe(normalized);
  });

  it('refuses anything that is not an address', () => {
    for (const value of [
      '',
      'unknown',
      'evil.example',
      '6.6.6.6:80',
      '[::1]',
      '999.1.1.1',
      '1.2.3.4\u0000',
      `1.2.3.4${' '.repeat(5_000)}x`,
      '6'.repeat(5_000),
      null,
      undefined,
    ]) {
      expect(normalizeAddress(value), String(value)).toBeUndefined();
    }
  });
});

describe('clientAddressOf', () => {
  it('without trusted proxies, uses the socket peer and ignores X-Forwarded-For', () => {
    const forged = request({ [PEER_ADDRESS_HEADER]: '198.51.100.9', 'x-forwarded-for': '6.6.6.6' });
    expect(clientAddressOf(forged, direct)).toBe('198.51.100.9');
    expect(clientAddressOf(request({ 'x-forwarded-for': '6.6.6.6' }), direct)).toBe('unknown');
    expect(clientAddressOf(request({}), direct)).toBe('unknown');
  });

  it('behind trusted proxies, counts hops from the right, never reading what the client wrote', () => {
    // nginx overwriting the header: exactly one hop, the client as nginx saw it.
    expect(clientAddressOf(request({ 'x-forwarded-for': '203.0.113.7' }), behind(1))).toBe(
      '203.0.113.7',
    );
    // A proxy appending to a forged header: the forged hops stay on the left.
    const appended = request({ 'x-forwarded-for': '6.6.6.6, 1.1.1.1, 203.0.113.7' });
    expect(clientAddressOf(appended, behind(1))).toBe('203.0.113.7');
    expect(clientAddressOf(appended, behind(2))).toBe('1.1.1.1');
    // Fewer hops than proxies, or a hop that is not an address: the shared unknown bucket.
    expect(clientAddressOf(request({ 'x-forwarded-for': '203.0.113.7' }), behind(2))).toBe(
      'unknown',
    );
    expect(clientAddressOf(request({ 'x-forwarded-for': 'a'.repeat(5_000) }), behind(1))).toBe(
      'unknown',
    );
    expect(clientAddressOf(request({}), behind(1))).toBe('unknown');
  });

  it('on Vercel, uses the headers Vercel sets itself', () => {
    expect(
      clientAddressOf(
        request({
          'x-vercel-forwarded-for': '203.0.113.7',
          'x-real-ip': '198.51.100.9',
          'x-forwarded-for': '6.6.6.6',
        }),
        vercel,
      ),
    ).toBe('203.0.113.7');
    expect(clientAddressOf(request({ 'x-real-ip': '198.51.100.9' }), vercel)).toBe('198.51.100.9');
    expect(clientAddressOf(request({ 'x-forwarded-for': '6.6.6.6' }), vercel)).toBe('unknown');
  });
});

describe('addressBucket', () => {
  // An IPv4 address counts alone, an IPv6 address by its /64 network.
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['unknown', 'unknown'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::9', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['1::2:3:4:5:6:7', '1:0:2:3::/64'],
    ['::1', '0:0:0:0::/64'],
    ['64:ff9b::192.0.2.33', '64:ff9b:0:0::/64'],
    ['1:2:3:4:5:6:1.2.3.4', '1:2:3:4::/64'],
  ])('counts %s in the bucket %s', (address, bucket) => {
    expect(addressBucket(address)).toBe(bucket);
  });
});
