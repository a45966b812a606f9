import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';

export type AppServer = {
  url: string;
  /** The server's process id (it leads its own process group). */
  pid: number;
  output: () => string;
  stop: () => Promise<void>;
};

/**
 * `next start` of the existing production build, in its own process group so it stops cleanly.
 * NODE_ENV is production unless `env` says otherwise (a test of a misconfigured start).
 */
function spawnNext(port: number, env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    [join(process.cwd(), 'node_modules/next/dist/bin/next'), 'start', '--port', String(port)],
    {
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGTERM');
  });
}

/** Whether something already listens on the port (a server left over from an interrupted run). */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: 'localhost' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts another server of the same build, for journeys the shared one cannot show: a restart,
 * a different configuration.
 */
export async function startAppServer(
  port: number,
  env: Record<string, string>,
): Promise<AppServer> {
  // Otherwise the health check below could be answered by that other server, and every figure
  // measured against it.
  if (await portAnswers(port)) {
    throw new Error(`port ${port} is already in use; stop what listens there (ss -ltnp) and retry`);
  }
  const { child, output } = spawnNext(port, env);
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) {
        return { url, pid: child.pid!, output, stop: () => stop(child) };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop(child);
  throw new Error(`server did not become healthy:\n${output()}`);
}

/** Starts a server expected to refuse to run; returns its exit code and what it printed. */
export async function runAppServerUntilExit(port: number, env: Record<string, string>) {
  const { child, output } = spawnNext(port, env);
  const timer = setTimeout(() => void stop(child), 30_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  return { code, output: output() };
}
