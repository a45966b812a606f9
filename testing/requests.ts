import { NextRequest } from 'next/server';

let forgeries = 0;

/**
 * A request to `path` from the client at `address`, each one carrying a different forged
 * X-Forwarded-For: none of them may change what the address is allowed.
 */
export function requestFrom(path: string, address: string) {
  forgeries += 1;
  return new NextRequest(`http://localhost:3000${path}`, {
    headers: { 'x-waymark-peer-address': address, 'x-forwarded-for': `6.6.6.${forgeries % 256}` },
  });
}
