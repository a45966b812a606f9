// `npm run dev`: `next dev`, and when no GitHub OAuth app is configured, the local GitHub stand-in
// it signs in through, so a fresh clone can sign in with no setup. Arguments go to `next dev`
// (`npm run dev -- --port 4000`); Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { loadEnvConfig } from '@next/env';

import { gitHubEnvFor, startLocalGitHub, type LocalGitHub } from './local-github/server';

/** What `next dev` gets: the caller's environment, plus the stand-in's settings when it runs. */
async function prepare(): Promise<{ env: NodeJS.ProcessEnv; standIn?: LocalGitHub }> {
  const inherited = { ...process.env };
  // Read .env.local and friends as `next dev` will, so credentials kept there count too.
  loadEnvConfig(process.cwd(), true, { info: () => {}, error: console.error });
  // Loaded only now: lib/env.ts reads process.env once, when it loads.
  const { env } = await import('../lib/env');
  const { isGitHubConfigured } = await import('../lib/auth/github');
  if (isGitHubConfigured) {
    console.info('[dev] GitHub sign-in with the OAuth app in AUTH_GITHUB_ID');
    return { env: inherited };
  }
  const standIn = await startLocalGitHub({ port: env.WAYMARK_LOCAL_GITHUB_PORT });
  console.info(
    `[dev] Local test sign-in: no GitHub OAuth app is configured, so sign-in goes through a GitHub\n` +
      `      stand-in on ${standIn.url} (test learners only, this machine only).\n` +
      `      Set AUTH_GITHUB_ID and AUTH_GITHUB_SECRET to sign in with real GitHub.`,
  );
  return {
    env: { ...inherited, ...gitHubEnvFor(standIn.url), WAYMARK_LOCAL_SIGNIN: '1' },
    standIn,
  };
}

async function main() {
  const { env, standIn } = await prepare();
  const next = spawn(
    process.execPath,
    [join(process.cwd(), 'node_modules/next/dist/bin/next'), 'dev', ...process.argv.slice(2)],
    { env, stdio: 'inherit' },
  );
  // Ctrl-C reaches `next dev` too (same terminal); a plain `kill` of this process is passed on.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => next.kill(signal));
  }
  next.once('exit', async (code, signal) => {
    await standIn?.close();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

main().catch((error: unknown) => {
  console.error(`[dev] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
