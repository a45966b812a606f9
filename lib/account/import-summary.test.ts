import { describe, expect, it } from 'vitest';

import { importedCheckResults, importSummary, type ImportCounts } from './import-summary';

const counts: ImportCounts = {
  merged: 2,
  entries: 3,
  notesMerged: 1,
  notes: 1,
  projectsMerged: 0,
  projects: 0,
  checklistsMerged: 0,
  checklists: 0,
  planRowsMerged: 0,
  planRows: 0,
  checkResults: { attempts: 0, stored: 0, latest: [] },
  cohorts: 0,
};

const answer = (attemptId: string, topicId: string, correct: boolean, day: number) => ({
  attemptId,
  roadmapId: 'backend',
  topicId,
  correct,
  answeredAt: new Date(Date.UTC(2026, 11, day)),
});
const title = (_roadmapId: string, topicId: string) => topicId.toUpperCase();

describe('the import summary', () => {
  it('names topics and notes always, other sections only when the file held them', () => {
    expect(importSummary(counts)).toBe(
      'Imported: 2 of 3 topics and 1 of 1 notes were newer than your account and were merged.',
    );
    expect(
      importSummary({
        ...counts,
        projects: 2,
        projectsMerged: 1,
        checklists: 1,
        checklistsMerged: 1,
      }),
    ).toContain('Projects: 1 of 2 merged. Project checklists: 1 of 1 merged.');
  });

  it('lists the knowledge-check results it imported: each topic’s latest attempt, newest first', () => {
    const results = importedCheckResults(
      [
        answer('a1', 'http', false, 1),
        answer('a1', 'http', true, 1),
        answer('a2', 'http', true, 3),
        answer('a2', 'http', true, 3),
        answer('b1', 'dns', true, 2),
      ],
      4,
      title,
    );
    expect(results).toEqual({
      attempts: 3,
      stored: 4,
      latest: [
        { title: 'HTTP', correct: 2, questions: 2 },
        { title: 'DNS', correct: 1, questions: 1 },
      ],
    });
    expect(importSummary({ ...counts, checkResults: results })).toContain(
      'Knowledge-check results: 3 attempts on 2 topics (latest on each: HTTP 2 of 2 correct, DNS 1 of 1 correct); 4 answers were new to your account.',
    );
  });

  it('names five topics and counts the rest', () => {
    const many = Array.from({ length: 7 }, (_, n) => answer(`a${n}`, `t${n}`, n % 2 === 0, n + 1));
    const sentence = importSummary({
      ...counts,
      checkResults: importedCheckResults(many, 1, title),
    });
    expect(sentence).toContain(
      '7 attempts on 7 topics (latest on each: T6 1 of 1 correct, T5 0 of 1 correct, T4 1 of 1 correct, T3 0 of 1 correct, T2 1 of 1 correct, and 2 more topics); 1 answer was new to your account.',
    );
  });

  it('says that the cohorts a file lists are not imported, and why', () => {
    expect(importSummary({ ...counts, cohorts: 2 })).toBe(
      'Imported: 2 of 3 topics and 1 of 1 notes were newer than your account and were merged. ' +
        'The file lists 2 cohorts: cohorts are not imported, as joining one takes its owner’s invite link.',
    );
  });
});
