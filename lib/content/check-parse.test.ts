import { describe, expect, it } from 'vitest';

import { checkFileSuffix, checkKey, parseChecks } from './check-parse';
import { contentRoot, getRoadmaps } from './index';
import { ContentError, type ContentIssue, type Roadmap, type Topic } from './model';
import { readContentFiles } from './read';

/** A roadmap with the given steps and topic ids; the check parser only reads ids. */
function roadmapOf(id: string, steps: Record<string, string[]>): Roadmap {
  return {
    id,
    steps: Object.entries(steps).map(([stepId, topicIds]) => ({
      id: stepId,
      topics: topicIds.map((topicId) => ({ id: topicId }) as Topic),
    })),
  } as Roadmap;
}

type Option = { id: string; text?: string; correct?: boolean; explanation?: string | null };

const option = ({ id, text, correct, explanation }: Option) =>
  [
    `      - id: ${id}`,
    `        text: ${text ?? `Option ${id} says something of its own.`}`,
    correct ? '        correct: true' : '',
    explanation === null ? '' : `        explanation: ${explanation ?? `Why ${id} is right or wrong.`}`,
  ]
    .filter(Boolean)
    .join('\n');

const question = (id: string, kind: 'single' | 'multiple', options: Option[]) =>
  `  - id: ${id}\n    kind: ${kind}\n    prompt: A short scenario about ${id}. What follows?\n    options:\n${options.map(option).join('\n')}`;

/** Three options with the correct one at `at` (0-based). */
const single = (id: string, at: number) =>
  question(
    id,
    'single',
    ['a', 'b', 'c'].map((o, i) => ({ id: o, correct: i === at })),
  );

const file = (questions: string[], reviewed = 'reviewed: 2026-11-30\nreviewer: A. Reader\n') =>
  `${reviewed}questions:\n${questions.join('\n')}\n`;

const valid = () => file([single('one', 1), single('two', 0), question('three', 'multiple', [{ id: 'x', correct: true }, { id: 'y' }, { id: 'z', correct: true }])]);

const roadmap = roadmapOf('web', { basics: ['http', 'dns'] });

function validFiles() {
  return new Map([
    ['web/steps/basics/http.check.yaml', valid()],
    ['web/steps/basics/dns.check.yaml', valid()],
  ]);
}

function problemsOf(files: Map<string, string>, roadmaps = [roadmap], requireEveryTopic = true) {
  try {
    parseChecks(files, roadmaps, undefined, { requireEveryTopic, today: '2026-12-01' });
  } catch (error) {
    if (error instanceof ContentError)
      return error.issues.map((i) => `${i.file.replace('content/roadmaps/', '')} › ${i.field ?? ''}: ${i.message}`);
    throw error;
  }
  return [];
}

const withHttp = (source: string) => new Map([...validFiles(), ['web/steps/basics/http.check.yaml', source]]);

describe('parseChecks', () => {
  it('reads every topic’s questions with their stable ids, keyed by roadmap and topic', () => {
    const checks = parseChecks(validFiles(), [roadmap], undefined, { requireEveryTopic: true });
    const http = checks.get(checkKey('web', 'http'));
    expect(http?.questions.map((q) => q.id)).toEqual(['one', 'two', 'three']);
    expect(http?.questions[0]?.options.map((o) => [o.id, o.correct ?? false])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
    ]);
    expect(http?.reviewed).toBe('2026-11-30');
  });

  it('demands a check for every topic when asked (content:check), and not otherwise (the app)', () => {
    const files = new Map([['web/steps/basics/http.check.yaml', valid()]]);
    expect(problemsOf(files)).toEqual([
      'web/steps/basics/dns.check.yaml › : file is missing: every topic needs 3 to 12 questions',
    ]);
    expect(problemsOf(files, [roadmap], false)).toEqual([]);
  });

  it('refuses a check file that belongs to no listed topic', () => {
    const files = new Map([...validFiles(), ['web/steps/basics/tls.check.yaml', valid()]]);
    expect(problemsOf(files)).toEqual([
      'web/steps/basics/tls.check.yaml › : is not the check of a topic listed by its step.md (or is misplaced)',
    ]);
  });

  it('asks for a bank of 3 to 12 questions and 3 to 6 options', () => {
    expect(problemsOf(withHttp(file([single('one', 1), single('two', 2)])))).toEqual([
      'web/steps/basics/http.check.yaml › questions: Too small: expected array to have >=3 items',
    ]);
    const thirteen = Array.from({ length: 13 }, (_, i) => single(`q${i}`, 1 + (i % 2)));
    expect(problemsOf(withHttp(file(thirteen)))[0]).toMatch(/questions: Too big/);
    const twoOptions = question('one', 'single', [{ id: 'a', correct: true }, { id: 'b' }]);
    expect(problemsOf(withHttp(file([twoOptions, single('two', 1), single('three', 2)])))[0]).toMatch(
      /questions\.0\.options: Too small/,
    );
  });

  it('asks for exactly one correct option on single, at least one on multiple', () => {
    const two = question('one', 'single', [{ id: 'a', correct: true }, { id: 'b', correct: true }, { id: 'c' }]);
    const none = question('three', 'multiple', [{ id: 'x' }, { id: 'y' }, { id: 'z' }]);
    expect(problemsOf(withHttp(file([two, single('two', 1), none])))).toEqual([
      'web/steps/basics/http.check.yaml › questions.0.options: a single-answer question needs exactly one correct option (it has 2)',
      'web/steps/basics/http.check.yaml › questions.2.options: mark at least one option correct: true',
    ]);
  });

  it('asks for an explanation on every option, and warns about questions nobody reviewed yet', () => {
    const bare = question('one', 'single', [{ id: 'a' }, { id: 'b', correct: true, explanation: null }, { id: 'c' }]);
    expect(problemsOf(withHttp(file([bare, single('two', 0), single('three', 2)])))).toEqual([
      'web/steps/basics/http.check.yaml › questions.0.options.1.explanation: Invalid input: expected string, received undefined',
    ]);
    const warnings: ContentIssue[] = [];
    const unreviewed = withHttp(file([single('one', 1), single('two', 0), single('three', 2)], ''));
    parseChecks(unreviewed, [roadmap], undefined, { warnings, today: '2026-12-01' });
    expect(warnings.map((w) => `${w.field}: ${w.message}`)).toEqual([
      'reviewed: not reviewed yet: a second reader who checks the questions sets reviewed and reviewer',
    ]);
  });

  it('refuses a review date without the reviewer who checked the questions that day', () => {
    const dated = withHttp(file([single('one', 1), single('two', 0), single('three', 2)], 'reviewed: 2026-11-30\n'));
    expect(problemsOf(dated)).toEqual([
      "web/steps/basics/http.check.yaml › reviewer: name who checked the questions on 2026-11-30: a person or the reviewing pass's handle",
    ]);
  });

  it('refuses duplicate ids and texts, "all of the above" and a multiple question with no wrong option', () => {
    const dupes = question('one', 'single', [
      { id: 'a', text: 'Cache it.' },
      { id: 'a', text: 'cache  it.', correct: true },
      { id: 'c', text: 'All of the above' },
    ]);
    const allRight = question('one', 'multiple', ['x', 'y', 'z'].map((id) => ({ id, correct: true })));
    expect(problemsOf(withHttp(file([dupes, single('two', 0), allRight])))).toEqual([
      'web/steps/basics/http.check.yaml › questions.0.options.1.id: duplicate option id "a"',
      'web/steps/basics/http.check.yaml › questions.0.options.1.text: the same text is already an option',
      'web/steps/basics/http.check.yaml › questions.0.options.2.text: no "all/none of the above": write an option that stands on its own',
      'web/steps/basics/http.check.yaml › questions.2.id: duplicate question id "one"',
      'web/steps/basics/http.check.yaml › questions.2.options: every option is correct: add at least one wrong option to think about',
    ]);
  });

  it('refuses a topic whose correct single answers are always first, or always last', () => {
    expect(problemsOf(withHttp(file([single('one', 0), single('two', 0), single('three', 0)])))).toEqual([
      'web/steps/basics/http.check.yaml › questions: every single-answer question has its correct option first: vary the positions',
    ]);
    expect(problemsOf(withHttp(file([single('one', 2), single('two', 2), single('three', 2)])))).toEqual([
      'web/steps/basics/http.check.yaml › questions: every single-answer question has its correct option last: vary the positions',
    ]);
  });

  it('refuses a roadmap whose correct single answers crowd one position', () => {
    const topics = ['a', 'b', 'c', 'd'];
    const crowded = roadmapOf('web', { basics: topics });
    // Every topic varies (0, 1, 1) but across the roadmap 8 of 12 answers are second.
    const files = new Map(
      topics.map((t) => [`web/steps/basics/${t}.check.yaml`, file([single('one', 0), single('two', 1), single('three', 1)])]),
    );
    expect(problemsOf(files, [crowded])).toEqual([
      'web › knowledge checks: 8 of 12 correct single answers sit at number 2: spread them over positions',
    ]);
    const spread = new Map(
      topics.map((t) => [`web/steps/basics/${t}.check.yaml`, file([single('one', 0), single('two', 1), single('three', 2)])]),
    );
    expect(problemsOf(spread, [crowded])).toEqual([]);
  });

  it('names the line of broken YAML, a duplicate key and a date in the future', () => {
    expect(problemsOf(withHttp('questions: [\n'))[0]).toMatch(/http\.check\.yaml › : is not valid YAML: .*line/);
    expect(problemsOf(withHttp(`reviewed: 2026-11-30\n${valid()}`))[0]).toMatch(/Map keys must be unique/);
    expect(problemsOf(withHttp(valid().replace('2026-11-30', '2027-01-01')))).toEqual([
      'web/steps/basics/http.check.yaml › reviewed: 2027-01-01 is in the future',
    ]);
  });
});

describe('the knowledge checks in content/', () => {
  it('are valid wherever they are written (content:check also demands one per topic)', () => {
    const checks = parseChecks(readContentFiles(contentRoot, checkFileSuffix), getRoadmaps(), undefined, {
      fullChecks: () => false,
    });
    expect(checks.size).toBeGreaterThan(0);
  });
});
