import 'server-only';

import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { dataDir, env } from '@/lib/env';

const missingSecretMessage =
  'AUTH_SECRET is not set. In production Waymark needs a stable secret to sign sessions: ' +
  'generate one with `npx auth secret` or `openssl rand -base64 33` and set AUTH_SECRET.';

/**
 * The secret that signs Auth.js cookies. Production must configure it; elsewhere a random one is
 * generated once and kept in .data/, so `npm run dev` needs no setup and sessions survive restarts.
 */
export function resolveAuthSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === 'production') throw new Error(missingSecretMessage);
  return readOrCreateSecret(join(dataDir, 'auth-secret'));
}

function readOrCreateSecret(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    mkdirSync(dirname(path), { recursive: true });
    try {
      writeFileSync(path, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
    } catch {
      // Another process created it first: fall through and use theirs.
    }
    return readFileSync(path, 'utf8').trim();
  }
}
