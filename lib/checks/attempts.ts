/** One stored attempt as the database sums up its answers: how many were correct. */
export type StoredAttempt = {
  attemptId: string;
  roadmapId: string;
  topicId: string;
  answeredAt: Date;
  correctCount: number;
  /**
   * Questions answered. An attempt stored before checks drew 4 questions from a bank may have
   * answered 5: then it asked 5, and passed only with 5 correct.
   */
  answeredCount?: number;
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
 * Judges stored attempts against today's checks, newest first. `questionCounts` (by
 * `roadmap/topic`) is how many questions an attempt at each check asks today: a topic no longer in content is left out, and a
 * submission that skipped a question is not a pass.
 */
export function attemptsOf(
  stored: readonly StoredAttempt[],
  questionCounts: ReadonlyMap<string, number>,
): Attempt[] {
  return stored
    .flatMap((attempt) => {
      const questionCount = questionCounts.get(topicKey(attempt.roadmapId, attempt.topicId));
      if (questionCount === undefined) return [];
      const { answeredCount = 0, ...judged } = attempt;
      const asked = Math.max(questionCount, answeredCount);
      return [{ ...judged, questionCount: asked, passed: attempt.correctCount === asked }];
    })
    .sort((a, b) => b.answeredAt.getTime() - a.answeredAt.getTime());
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
