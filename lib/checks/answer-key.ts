import 'server-only';

import { contentRoot, getRoadmaps } from '@/lib/content';
import {
  checkFileSuffix,
  checkKey,
  parseChecks,
  type TopicChecks,
} from '@/lib/content/check-parse';
import type { TopicCheck } from '@/lib/content/check-schema';
import { QUESTIONS_PER_ATTEMPT } from '@/lib/content/check-sizes';
import { readContentFiles } from '@/lib/content/read';

import { publicQuestions, type PublicQuestion } from './public';

let checks: TopicChecks | undefined;

/**
 * Every topic's knowledge check with its correct options and explanations: the answer key. It is
 * read on the server only; pages get {@link publicCheck}, and the grading action the key.
 */
function allChecks(): TopicChecks {
  // Editorial rules (a review date, one wrong option per select-all) and "every topic has a
  // check" are content:check's to enforce before a build; the app judges only what grading needs.
  checks ??= parseChecks(readContentFiles(contentRoot, checkFileSuffix), getRoadmaps(), undefined, {
    fullChecks: () => false,
  });
  return checks;
}

export function answerKey(roadmapId: string, topicId: string): TopicCheck | undefined {
  return allChecks().get(checkKey(roadmapId, topicId));
}

/**
 * A topic's whole bank without answers, for the form to show whichever questions are drawn;
 * undefined for a topic without a check.
 */
export function publicCheck(roadmapId: string, topicId: string): PublicQuestion[] | undefined {
  const check = answerKey(roadmapId, topicId);
  return check && publicQuestions(check);
}

/**
 * How many questions one attempt at each topic's check asks, keyed `roadmap/topic`: "3 of 4
 * correct". A bank larger than an attempt still asks {@link QUESTIONS_PER_ATTEMPT}.
 */
export function questionCounts(): ReadonlyMap<string, number> {
  return new Map(
    [...allChecks()].map(([key, check]) => [
      key,
      Math.min(check.questions.length, QUESTIONS_PER_ATTEMPT),
    ]),
  );
}
