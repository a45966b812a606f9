import { QUESTIONS_PER_ATTEMPT } from '@/lib/content/check-sizes';

/** When each question of a bank was last answered (ms since the epoch), by question id. */
export type LastSeen = ReadonlyMap<string, number>;

/**
 * FNV-1a, 32 bits: a cheap, stable hash that spreads ties differently per learner and topic, so
 * learners do not all get the same "least recently seen" set. Not a secret: a learner may predict
 * their own draw, which only tells them which questions come, not their answers.
 */
function tieBreak(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The questions one attempt asks, in bank order: those never answered first, then those answered
 * least recently, ties broken by a hash of `seed` (learner, roadmap and topic) and the question id.
 * A learner who has answered none of the bank gets its first questions, the ones the static topic
 * page shows, so nothing moves on their first visit.
 */
export function drawQuestions(
  bank: readonly string[],
  lastSeen: LastSeen,
  seed: string,
  count = QUESTIONS_PER_ATTEMPT,
): string[] {
  if (!bank.some((id) => lastSeen.has(id))) return bank.slice(0, count);
  const order = bank.map((id) => ({
    id,
    seen: lastSeen.get(id) ?? -Infinity,
    tie: tieBreak(`${seed}/${id}`),
  }));
  order.sort((a, b) => a.seen - b.seen || a.tie - b.tie || (a.id < b.id ? -1 : 1));
  const chosen = new Set(order.slice(0, count).map(({ id }) => id));
  return bank.filter((id) => chosen.has(id));
}

/** The latest time each question was answered, from answers in any order. */
export function lastSeenOf(
  answers: Iterable<{ questionId: string; answeredAt: number }>,
): Map<string, number> {
  const seen = new Map<string, number>();
  for (const { questionId, answeredAt } of answers)
    if (answeredAt > (seen.get(questionId) ?? -Infinity)) seen.set(questionId, answeredAt);
  return seen;
}

/**
 * The tie-break seed of one learner's draw at one topic; a visitor's browser has no learner id,
 * so every visitor shares the topic's.
 */
export const drawSeed = (roadmapId: string, topicId: string, userId = 'visitor') =>
  `${userId}/${roadmapId}/${topicId}`;
