import { fullChecksApply, reviewProblems } from './checks';
import { checkProblems, fullCheckProblems, spreadProblem } from './check-rules';
import { topicCheckSchema, type TopicCheck } from './check-schema';
import { MAX_BANK_QUESTIONS, MIN_BANK_QUESTIONS } from './check-sizes';
import { ContentError, type ContentIssue, type Roadmap } from './model';
import type { ContentFiles } from './file-reader';
import { parseContentYaml } from './yaml';

export const checkFileSuffix = '.check.yaml';

/** Knowledge checks keyed by `roadmap-id/topic-id`. */
export type TopicChecks = ReadonlyMap<string, TopicCheck>;

export const checkKey = (roadmapId: string, topicId: string) => `${roadmapId}/${topicId}`;

/** Every question of one roadmap's checks, for the figures measured over a roadmap (cues). */
export const questionsOfRoadmap = (checks: TopicChecks, roadmapId: string) =>
  [...checks]
    .filter(([key]) => key.startsWith(`${roadmapId}/`))
    .flatMap(([, check]) => check.questions);

export type CheckParseOptions = {
  /**
   * Whether a topic without a check file is an error. `content:check` (and so the build) demands
   * one for every topic; the app itself shows a topic without one simply without its check.
   */
  requireEveryTopic?: boolean;
  fullChecks?: (roadmapId: string) => boolean;
  warnings?: ContentIssue[];
  today?: string;
};

/**
 * Reads every `<topic-id>.check.yaml` beside its topic, or throws a ContentError naming each broken
 * file and field. Pure: the caller reads the files (keyed by their path below the content root).
 */
export function parseChecks(
  files: ContentFiles,
  roadmaps: readonly Roadmap[],
  root = 'content/roadmaps',
  options: CheckParseOptions = {},
): TopicChecks {
  const { requireEveryTopic = false, fullChecks = fullChecksApply, warnings, today } = options;
  const issues: ContentIssue[] = [];
  const located = (path: string, field: string | undefined, message: string): ContentIssue => ({
    file: `${root}/${path}`,
    field,
    message,
  });
  const checks = new Map<string, TopicCheck>();
  const used = new Set<string>();
  for (const roadmap of roadmaps) {
    const ofRoadmap: TopicCheck[] = [];
    for (const step of roadmap.steps) {
      for (const topic of step.topics) {
        const path = `${roadmap.id}/steps/${step.id}/${topic.id}${checkFileSuffix}`;
        const source = files.get(path);
        used.add(path);
        if (source === undefined) {
          if (requireEveryTopic)
            issues.push(located(path, undefined, `file is missing: every topic needs ${MIN_BANK_QUESTIONS} to ${MAX_BANK_QUESTIONS} questions`));
          continue;
        }
        const check = readCheck(path, source, (field, message) =>
          issues.push(located(path, field, message)),
        );
        if (!check) continue;
        for (const { field, message } of checkProblems(check)) issues.push(located(path, field, message));
        const review = reviewProblems(check, today, 'questions');
        for (const { field, message } of review.baseline) issues.push(located(path, field, message));
        warnings?.push(...review.pending.map(({ field, message }) => located(path, field, message)));
        const full = fullCheckProblems(check).map(({ field, message }) => located(path, field, message));
        if (fullChecks(roadmap.id)) issues.push(...full);
        else warnings?.push(...full);
        checks.set(checkKey(roadmap.id, topic.id), check);
        ofRoadmap.push(check);
      }
    }
    const spread = spreadProblem(ofRoadmap);
    if (spread) issues.push(located(roadmap.id, 'knowledge checks', spread));
  }
  for (const path of files.keys()) {
    if (!used.has(path))
      issues.push(located(path, undefined, 'is not the check of a topic listed by its step.md (or is misplaced)'));
  }
  if (issues.length > 0) throw new ContentError(issues);
  return checks;
}

function readCheck(
  path: string,
  source: string,
  report: (field: string | undefined, message: string) => void,
): TopicCheck | undefined {
  let data: unknown;
  try {
    data = parseContentYaml(source);
  } catch (error) {
    report(undefined, (error as Error).message);
    return undefined;
  }
  const result = topicCheckSchema.safeParse(data);
  if (result.success) return result.data;
  for (const problem of result.error.issues) report(problem.path.join('.') || undefined, problem.message);
  return undefined;
}
