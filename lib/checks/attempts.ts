/** One answered question as stored (or kept in a visitor's browser). */
export type StoredAnswer = {
  attemptId: string;
  roadmapId: string;
  topicId: string;
  questionId: string;
  correct: boolean;
  answeredAt: Date;
};

/** One submission of one topic's check. */
export type Attempt = {
  attemptId: string;
  roadmapId: string;
  topicId: string;
  answeredAt: Date;
  correctCount: number;
  questionCount: number;
  /** Every question the check asks was answered correctly. */
  passed: boolean;
};

export const topicKey = (roadmapId: string, topicId: string) => `${roadmapId}/${topicId}`;

/**
 * Groups answers into attempts, newest first. `questionCounts` (by `roadmap/topic`) is what each
 * check asks today: a topic no longer in content is left out, and a submission that skipped a
 * question is not a pass.
 */
export function attemptsOf(
  answers: readonly StoredAnswer[],
  questionCounts: ReadonlyMap<string, number>,
): Attempt[] {
  const byAttempt = new Map<string, Attempt>();
  for (const answer of answers) {
    const questionCount = questionCounts.get(topicKey(answer.roadmapId, answer.topicId));
    if (questionCount === undefined) continue;
    const key = `${topicKey(answer.roadmapId, answer.topicId)}/${answer.attemptId}`;
    const attempt = byAttempt.get(key) ?? {
      attemptId: answer.attemptId,
      roadmapId: answer.roadmapId,
      topicId: answer.topicId,
      answeredAt: answer.answeredAt,
      correctCount: 0,
      questionCount,
      passed: false,
    };
    if (answer.correct) attempt.correctCount++;
    attempt.passed = attempt.correctCount === questionCount;
    byAttempt.set(key, attempt);
  }
  return [...byAttempt.values()].sort((a, b) => b.answeredAt.getTime() - a.answeredAt.getTime());
}

/** Each topic's attempts, newest first, keyed `roadmap/topic`. */
export function attemptsByTopic(attempts: readonly Attempt[]): Map<string, Attempt[]> {
  const byTopic = new Map<string, Attempt[]>();
  for (const attempt of attempts) {
    const key = topicKey(attempt.roadmapId, attempt.topicId);
    const topicAttempts = byTopic.get(key);
    if (topicAttempts) topicAttempts.push(attempt);
    else byTopic.set(key, [attempt]);
  }
  return byTopic;
}
