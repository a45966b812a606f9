import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type CachingProxy = { origin: string; stop: () => Promise<void> };

const hasCommand = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/**
 * Debian's nginx, installed with apt when it is missing and we are root; otherwise the reason it
 * is unavailable (the cache leg is then reported as not run, never as passed).
 */
export function ensureNginx(): { ok: true } | { ok: false; reason: string } {
  if (hasCommand('nginx') || hasCommand('/usr/sbin/nginx')) return { ok: true };
  if (process.getuid?.() !== 0 || !hasCommand('apt-get')) {
    return { ok: false, reason: 'nginx is not installed and this is not a root Debian shell' };
  }
  const apt = (...args: string[]) =>
    execFileSync('apt-get', args, {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  const install = () => apt('install', '-y', '-q', '--no-install-recommends', 'nginx');
  try {
    try {
      install();
    } catch {
      apt('update', '-qq'); // a fresh machine may have no package lists yet
      install();
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `apt-get install nginx failed: ${(error as Error).message}` };
  }
}

/** Starts nginx with bench/nginx.conf on loopback, in front of the app on `appPort`. */
export async function startCachingProxy(port: number, appPort: number): Promise<CachingProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-nginx-'));
  // nginx's workers drop root for an unprivileged user, which must reach the cache folders.
  chmodSync(dir, 0o755);
  const config = readFileSync(join(import.meta.dirname, 'nginx.conf'), 'utf8')
    .replaceAll('{{DIR}}', dir)
    .replaceAll('{{PORT}}', String(port))
    .replaceAll('{{APP_PORT}}', String(appPort));
  writeFileSync(join(dir, 'nginx.conf'), config);
  const binary = hasCommand('nginx') ? 'nginx' : '/usr/sbin/nginx';
  const child = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${errors}`);
    try {
      await fetch(`${origin}/api/health`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not start: ${errors}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
