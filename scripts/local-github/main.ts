// The stand-in as its own process, with the end-to-end tests' controls: Playwright's web server.
//   tsx scripts/local-github/main.ts --port 3199
import { parseArgs } from 'node:util';

import { startLocalGitHub } from './server';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: tsx scripts/local-github/main.ts --port <port>');
  process.exit(2);
}

startLocalGitHub({ port, testControls: true }).then(
  ({ url }) => console.log(`local GitHub stand-in (with test controls) on ${url}`),
  (error: unknown) => {
    console.error(`local GitHub stand-in could not start: ${String(error)}`);
    process.exit(1);
  },
);
