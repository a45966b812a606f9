import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

import { PEER_ADDRESS_HEADER } from './address';

const recording = Symbol.for('waymark.recordPeerAddresses');

/**
 * Stamps every incoming request with its socket's peer address, replacing any header of that name
 * the client sent. Node publishes `http.server.request.start` before the server's `request`
 * event, so the header is in place before Next.js reads a single one. Called once at start-up
 * (instrumentation.ts): under `next start` this is the only way pages and actions can learn the
 * socket address.
 */
export function recordPeerAddresses() {
  const scope = globalThis as { [recording]?: true };
  if (scope[recording]) return;
  scope[recording] = true;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const peer = socket.remoteAddress;
    if (peer) request.headers[PEER_ADDRESS_HEADER] = peer;
    else delete request.headers[PEER_ADDRESS_HEADER];
  });
}
