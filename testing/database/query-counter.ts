import { connect as connectTcp, createServer, type AddressInfo } from 'node:net';

/**
 * A loopback TCP proxy in front of PostgreSQL that counts the statements clients run (simple
 * Query and extended-protocol Execute messages), to measure how many queries a request costs.
 */
export async function startQueryCounter(target: { host: string; port: number }) {
  let statements = 0;
  const server = createServer((client) => {
    const upstream = connectTcp(target.port, target.host);
    let buffer = Buffer.alloc(0);
    let started = false; // the startup message is the one message without a type byte
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headerLength = started ? 5 : 4;
        if (buffer.length < headerLength) break;
        const length = started ? buffer.readInt32BE(1) + 1 : buffer.readInt32BE(0);
        if (buffer.length < length) break;
        if (started && (buffer[0] === 0x51 || buffer[0] === 0x45)) statements++; // 'Q' or 'E'
        started = true;
        buffer = buffer.subarray(length);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    statements: () => statements,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
