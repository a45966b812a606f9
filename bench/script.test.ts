import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { benchPort } from './script';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');

describe('bench scripts', () => {
  it('exit 1 when the harness throws, even with a handle that would keep Node alive', () => {
    const child = spawnSync(
      tsx,
      [
        '-e',
        `import { runScript } from './bench/script';
         setInterval(() => {}, 1000);
         runScript(async () => { throw new Error('the server exited early'); });`,
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(child.status).toBe(1);
    expect(child.stderr).toContain('the server exited early');
  });

  it('take their first port from BENCH_PORT, and refuse one that is not a port', () => {
    expect(benchPort(3400, undefined)).toBe(3400);
    expect(benchPort(3400, '')).toBe(3400);
    expect(benchPort(3400, '3700')).toBe(3700);
    expect(() => benchPort(3400, '37OO')).toThrow(/BENCH_PORT must be a port number/);
    expect(() => benchPort(3400, '80')).toThrow(/BENCH_PORT/);
  });
});
