import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

import type { Connection } from '../db/connect';
import { startAppServer, type AppServer } from '../testing/app-server';
import type { BenchDatabase } from './database';
import { peakRss } from './memory';

/** Runs `next build` unless .next holds a build newer than every source file. */
export function ensureBuild(log: (message: string) => void) {
  const buildId = join('.next', 'BUILD_ID');
  const sources = [
    'app',
    'lib',
    'db',
    'content',
    'public',
    'proxy.ts',
    'instrumentation.ts',
    'next.config.js',
    'package-lock.json',
  ];
  const newest = Math.max(...sources.map(newestMtime));
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newest) {
    log('reusing the production build in .next (newer than every source file)');
    return;
  }
  log('building (next build)…');
  execFileSync('npx', ['next', 'build'], { stdio: 'inherit' });
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...execFileSync('find', [path, '-type', 'f', '-newermt', '@0'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((file) => statSync(file).mtimeMs),
  );
}

/**
 * The production server under test. PGlite admits one process at a time, so work on the database
 * from the bench pauses the server; its peak memory is kept across restarts.
 */
export class ServerUnderTest {
  private server?: AppServer;
  peakMiB = 0;
  readonly origin: string;

  constructor(
    private readonly database: BenchDatabase,
    private readonly port: number,
  ) {
    this.origin = `http://localhost:${port}`;
  }

  async start() {
    this.server = await startAppServer(this.port, {
      ...this.database.env,
      AUTH_SECRET: 'bench-only-secret-not-for-production-0123456789',
      SITE_URL: this.origin,
      WAYMARK_BENCH: '1',
      // Every simulated learner shares one loopback address, and each writes as fast as the
      // server answers: limits far above the load, so the rate limiter is counted but never refuses.
      WAYMARK_WRITES_PER_MINUTE: '1000000',
      WAYMARK_WRITES_PER_MINUTE_PER_IP: '100000000',
      WAYMARK_READS_PER_MINUTE_PER_IP: '100000000',
    });
  }

  async stop() {
    if (!this.server) return;
    this.peakMiB = Math.max(this.peakMiB, await peakRss(this.server.pid));
    await this.server.stop();
    this.server = undefined;
  }

  async withDatabase<T>(work: (connection: Connection) => Promise<T>): Promise<T> {
    const exclusive = this.database.exclusive;
    if (exclusive) await this.stop();
    const connection = await this.database.open();
    try {
      return await work(connection);
    } finally {
      await connection.close();
      if (exclusive) await this.start();
    }
  }
}
