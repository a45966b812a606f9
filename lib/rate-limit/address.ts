import { isIP } from 'node:net';

/**
 * The TCP peer of a request, written by `recordPeerAddresses` (./peer-address.ts) from the socket
 * itself, over any value a client sent: `next start` hands pages and actions headers only, and it
 * fills X-Forwarded-For from the socket only when the client sent none, so that header alone
 * cannot tell a forged value from a real one.
 */
export const PEER_ADDRESS_HEADER = 'x-waymark-peer-address';

/** The one bucket shared by every request whose address cannot be known or is not an address. */
const UNKNOWN_ADDRESS = 'unknown';

/** How the deployment says to find the client: Vercel's own headers, or proxies to trust. */
type AddressPolicy = { onVercel: boolean; trustedProxies: number };

type HeaderSource = { get(name: string): string | null };

/** The longest textual IPv6 address (an IPv4-mapped one written out in full). */
const MAX_ADDRESS_LENGTH = 45;

/** An IP address in one canonical spelling (IPv4-mapped IPv6 as IPv4), or undefined. */
export function normalizeAddress(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text || text.length > MAX_ADDRESS_LENGTH || isIP(text) === 0) return undefined;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text);
  return mapped ? mapped[1]! : text.toLowerCase();
}

/**
 * The address a request came from, validated as an IP address, else {@link UNKNOWN_ADDRESS}.
 *
 * - On Vercel: `x-vercel-forwarded-for` (else `x-real-ip`), which Vercel's edge sets itself.
 * - With no trusted proxy (the default): the socket's peer. X-Forwarded-For is ignored, since
 *   anyone can send it.
 * - Behind `trustedProxies` proxies: each appends (or, like the nginx line in the README,
 *   overwrites with) the address it saw, so the client is that many hops from the right of
 *   X-Forwarded-For. Hops further left were written by the client and are never read.
 */
export function clientAddressOf(headers: HeaderSource, policy: AddressPolicy): string {
  if (policy.onVercel) {
    const vercel = headers.get('x-vercel-forwarded-for')?.split(',')[0];
    return (
      normalizeAddress(vercel) ?? normalizeAddress(headers.get('x-real-ip')) ?? UNKNOWN_ADDRESS
    );
  }
  if (policy.trustedProxies === 0) {
    return normalizeAddress(headers.get(PEER_ADDRESS_HEADER)) ?? UNKNOWN_ADDRESS;
  }
  const hops = (headers.get('x-forwarded-for') ?? '').split(',');
  const hop = hops.length >= policy.trustedProxies ? hops[hops.length - policy.trustedProxies] : '';
  return normalizeAddress(hop) ?? UNKNOWN_ADDRESS;
}

/**
 * The bucket an address counts in: an IPv4 address alone, an IPv6 address by its /64 network.
 * One IPv6 subscriber or host is usually given a whole /64, so counting single IPv6 addresses
 * would hand each of them 2^64 fresh budgets.
 */
export function addressBucket(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail] = address.split('::');
  const groupsOf = (part: string) =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [parseInt(group, 16)];
          const [a, b, c, d] = group.split('.').map(Number) as [number, number, number, number];
          return [(a << 8) | b, (c << 8) | d]; // an embedded IPv4 tail fills two groups
        });
  const front = groupsOf(head);
  const back = tail === undefined ? [] : groupsOf(tail);
  const groups = [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}
