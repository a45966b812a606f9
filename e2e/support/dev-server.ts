import { spawn } from 'node:child_process';

import { portAnswers } from '../../testing/app-server';

export type DevServer = {
  url: string;
  /** The local GitHub stand-in `npm run dev` started, as it announced it. */
  standInUrl: string;
  output: () => string;
  /** Ctrl-C, as a terminal sends it (SIGINT to the whole process group); resolves once it is gone. */
  interrupt: () => Promise<void>;
};

/** Whether any process of the group is still running (signal 0 only checks). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * `npm run dev` exactly as a newcomer types it, in its own process group, on `port`, with `env`
 * over this process's environment (`undefined` removes a variable).
 */
export async function startDevServer(
  port: number,
  env: Record<string, string | undefined>,
  timeoutMs: number,
): Promise<DevServer> {
  if (await portAnswers(port)) {
    throw new Error(`port ${port} is already in use; stop what listens there (ss -ltnp) and retry`);
  }
  const merged = { ...process.env, ...env };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  const child = spawn('npm', ['run', 'dev', '--', '--port', String(port)], {
    env: merged,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const interrupt = async () => {
    if (groupAlive(child.pid!)) process.kill(-child.pid!, 'SIGINT');
    const deadline = Date.now() + 30_000;
    while (groupAlive(child.pid!)) {
      if (Date.now() > deadline) throw new Error(`npm run dev ignored Ctrl-C:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  const url = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited early:\n${output}`);
    const standInUrl = output.match(/stand-in on (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
    try {
      if (standInUrl && (await fetch(`${url}/api/health`)).ok) {
        return { url, standInUrl, output: () => output, interrupt };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await interrupt();
  throw new Error(`npm run dev did not become healthy:\n${output}`);
}
