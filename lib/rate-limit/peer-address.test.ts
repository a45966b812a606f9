import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { describe, expect, it } from 'vitest';

import { PEER_ADDRESS_HEADER } from './address';
import { recordPeerAddresses } from './peer-address';

describe('recordPeerAddresses', () => {
  it('replaces a client-sent peer header with the socket address, before the handler runs', async () => {
    recordPeerAddresses();
    recordPeerAddresses(); // idempotent: a second start-up hook adds no second subscriber
    const server = createServer((request, response) => {
      response.end(JSON.stringify(request.headers[PEER_ADDRESS_HEADER]));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { [PEER_ADDRESS_HEADER]: '6.6.6.6', 'x-forwarded-for': '6.6.6.6' },
      });
      expect(await response.json()).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
