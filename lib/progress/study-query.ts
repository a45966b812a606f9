import 'server-only';

import { getAllAttempts } from '@/lib/checks/personal';
import { getLoggedDays } from '@/lib/plan/logged-days';

import type { StudyFacts } from './study-days';

/** What the streak counts besides topics marked done: days with time logged, checks passed. */
export async function getStudyFacts(userId: string): Promise<StudyFacts> {
  const [loggedDays, attempts] = await Promise.all([getLoggedDays(userId), getAllAttempts(userId)]);
  return {
    loggedDays,
    passedAt: attempts.filter((attempt) => attempt.passed).map((attempt) => attempt.answeredAt),
  };
}
