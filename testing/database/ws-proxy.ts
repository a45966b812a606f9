import { connect as connectTcp } from 'node:net';

import { neonConfig } from '@neondatabase/serverless';
import { WebSocketServer } from 'ws';

/**
 * @vercel/postgres speaks PostgreSQL over WebSockets (as Neon's proxy does on Vercel). To test that
 * driver against a local server, this loopback proxy forwards each WebSocket to the TCP port named
 * in its `address` parameter, and points the driver at it.
 */
export async function startWebSocketProxy(): Promise<{ close: () => Promise<void> }> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  server.on('connection', (socket, request) => {
    const address = new URL(request.url ?? '/', 'http://proxy').searchParams.get('address') ?? '';
    const [host, port] = address.split(':');
    if (!['localhost', '127.0.0.1'].includes(host ?? '')) return socket.close(1008, 'local only');
    const tcp = connectTcp(Number(port), host);
    socket.on('message', (data) => tcp.write(data as Buffer));
    tcp.on('data', (data) => socket.send(data));
    socket.on('close', () => tcp.destroy());
    tcp.on('close', () => socket.close());
    tcp.on('error', () => socket.close());
  });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };

  neonConfig.wsProxy = (host, targetPort) => `127.0.0.1:${port}/v1?address=${host}:${targetPort}`;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineTLS = false;
  neonConfig.pipelineConnect = false;

  return {
    close: () =>
      new Promise((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
