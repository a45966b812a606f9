/**
 * The write budgets and the stopped clock that the tests of rate limits set up before they load the
 * code under test, which reads the budgets from the environment once.
 */
import { vi } from 'vitest';

/**
 * Stops the clock at `moment` for the whole file: rate limits count per minute, and no test should
 * straddle the start of a new counting window.
 */
export function freezeClockAt(moment: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(moment));
}

/**
 * The write budgets for the whole file, a minute per learner and per client address (what the
 * server reads from WAYMARK_WRITES_PER_MINUTE and WAYMARK_WRITES_PER_MINUTE_PER_IP); a budget left
 * out keeps the server's default. Call it before importing the code under test, which reads the
 * environment once.
 */
export function setWriteBudgets(budgets: { perLearner?: number; perAddress?: number }) {
  if (budgets.perLearner) vi.stubEnv('WAYMARK_WRITES_PER_MINUTE', String(budgets.perLearner));
  if (budgets.perAddress)
    vi.stubEnv('WAYMARK_WRITES_PER_MINUTE_PER_IP', String(budgets.perAddress));
}

/**
 * The header of a file that tests write limits: these budgets, and the clock stopped at `moment`
 * so every test counts in the same minute. Call it before importing the code under test.
 */
export function limitWritesAt(moment: string, budgets: Parameters<typeof setWriteBudgets>[0]) {
  setWriteBudgets(budgets);
  freezeClockAt(moment);
}
