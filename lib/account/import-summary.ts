import { count } from '@/lib/format';

/** The knowledge-check results a file held, as graded again on import. */
export type ImportedCheckResults = {
  attempts: number;
  /** Answers new to the account (an answer already stored is kept once). */
  stored: number;
  /** Each topic's latest attempt in the file, newest first. */
  latest: { title: string; correct: number; questions: number }[];
};

/** What an import merged, section by section: how many entries were newer, of how many read. */
export type ImportCounts = {
  merged: number;
  entries: number;
  notesMerged: number;
  notes: number;
  projectsMerged: number;
  projects: number;
  checklistsMerged: number;
  checklists: number;
  planRowsMerged: number;
  planRows: number;
  checkResults: ImportedCheckResults;
  /** Cohorts the file lists: never imported (a cohort is joined through an invite). */
  cohorts: number;
};

type GradedAnswer = {
  attemptId: string;
  roadmapId: string;
  topicId: string;
  correct: boolean;
  answeredAt: Date;
};

/**
 * Sums up the graded answers an import stores: attempts, and per topic its latest attempt's score
 * (`titleOf` names the topic), newest topic first. Linear in the answers.
 */
export function importedCheckResults(
  answers: readonly GradedAnswer[],
  stored: number,
  titleOf: (roadmapId: string, topicId: string) => string,
): ImportedCheckResults {
  const attempts = new Map<string, { answer: GradedAnswer; correct: number; questions: number }>();
  for (const answer of answers) {
    const key = `${answer.roadmapId}/${answer.topicId}/${answer.attemptId}`;
    const attempt = attempts.get(key) ?? { answer, correct: 0, questions: 0 };
    attempt.questions += 1;
    if (answer.correct) attempt.correct += 1;
    attempts.set(key, attempt);
  }
  const latestByTopic = new Map<
    string,
    { answer: GradedAnswer; correct: number; questions: number }
  >();
  for (const attempt of attempts.values()) {
    const topic = `${attempt.answer.roadmapId}/${attempt.answer.topicId}`;
    const seen = latestByTopic.get(topic);
    if (!seen || attempt.answer.answeredAt > seen.answer.answeredAt)
      latestByTopic.set(topic, attempt);
  }
  const latest = [...latestByTopic.values()]
    .sort((a, b) => b.answer.answeredAt.getTime() - a.answer.answeredAt.getTime())
    .map(({ answer, correct, questions }) => ({
      title: titleOf(answer.roadmapId, answer.topicId),
      correct,
      questions,
    }));
  return { attempts: attempts.size, stored, latest };
}

/** How many topics the summary names before "and N more". */
const LISTED_TOPICS = 5;

function checkResultsSentence({ attempts, stored, latest }: ImportedCheckResults) {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const listed = latest
    .slice(0, LISTED_TOPICS)
    .map(({ title, correct, questions }) => `${title} ${correct} of ${questions} correct`);
  const more = latest.length - listed.length;
  if (more > 0) listed.push(`and ${plural(more, 'more topic', 'more topics')}`);
  return `Knowledge-check results: ${plural(attempts, 'attempt', 'attempts')} on ${plural(latest.length, 'topic', 'topics')} (latest on each: ${listed.join(', ')}); ${plural(stored, 'answer was', 'answers were')} new to your account.`;
}

/**
 * What the settings page says after an import: topics and notes always, every other section
 * (the knowledge-check results it imported among them) when the file held some of it.
 */
export function importSummary(counts: ImportCounts): string {
  const optional: [string, number, number][] = [
    ['Projects', counts.projectsMerged, counts.projects],
    ['Project checklists', counts.checklistsMerged, counts.checklists],
    ['Plans and logged time', counts.planRowsMerged, counts.planRows],
  ];
  const checks =
    counts.checkResults.attempts > 0 ? [checkResultsSentence(counts.checkResults)] : [];
  return [
    `Imported: ${counts.merged} of ${counts.entries} topics and ${counts.notesMerged} of ${counts.notes} notes were newer than your account and were merged.`,
    ...optional
      .filter(([, , read]) => read > 0)
      .map(([what, merged, read]) => `${what}: ${merged} of ${read} merged.`),
    ...checks,
    ...(counts.cohorts > 0
      ? [
          `The file lists ${count(counts.cohorts, 'cohort')}: cohorts are not imported, as joining one takes its owner’s invite link.`,
        ]
      : []),
  ].join(' ');
}
