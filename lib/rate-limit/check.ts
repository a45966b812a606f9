import 'server-only';

import { headers } from 'next/headers';

import { addressPolicy, env } from '@/lib/env';

import { clientAddressOf } from './address';
import { ipKey, judgeRate, learnerKey, signInKey, type RateVerdict } from './policy';
import { countWrite } from './queries';

/** The address the current request came from (lib/rate-limit/address.ts says how it is found). */
async function requestAddress(requestHeaders?: Headers): Promise<string> {
  return clientAddressOf(requestHeaders ?? (await headers()), addressPolicy);
}

/**
 * Counts this write against the learner and their address (a visitor's, `null`, against the
 * address alone), and says whether it may proceed.
 */
export async function checkWriteRate(userId: string | null): Promise<RateVerdict> {
  const now = new Date();
  const address = ipKey(await requestAddress());
  if (userId === null) {
    const [ipCount] = await countWrite([address], now);
    return judgeRate([{ count: ipCount!, limit: env.WAYMARK_WRITES_PER_MINUTE_PER_IP }], now);
  }
  const [learnerCount, ipCount] = await countWrite([learnerKey(userId), address], now);
  return judgeRate(
    [
      { count: learnerCount!, limit: env.WAYMARK_WRITES_PER_MINUTE },
      { count: ipCount!, limit: env.WAYMARK_WRITES_PER_MINUTE_PER_IP },
    ],
    now,
  );
}

/**
 * Counts every row a request stores (an import, a merge: one request, many rows) against the same
 * budgets; the request itself was counted as one write when it was allowed. It never refuses the
 * write under way — which may overdraw the window — but the learner's and the address's next
 * writes wait until the window ends, so rows arrive no faster than the budget, whichever way they
 * are sent.
 */
export async function spendRowWrites(userId: string, rows: number): Promise<void> {
  const further = rows - 1;
  if (further <= 0) return;
  await countWrite([learnerKey(userId), ipKey(await requestAddress())], new Date(), further);
}

/** Counts one sign-in (an OAuth callback) against the address it came from. */
export async function checkSignInRate(requestHeaders: Headers): Promise<RateVerdict> {
  const now = new Date();
  const [count] = await countWrite([signInKey(await requestAddress(requestHeaders))], now);
  return judgeRate([{ count: count!, limit: env.WAYMARK_SIGN_INS_PER_MINUTE_PER_IP }], now);
}
