/** The bench's knowledge-check leg (issue 20): submissions through the real grading action. */
import type { Browser } from '@playwright/test';
import { sql } from 'drizzle-orm';

import type { Connection } from '../db/connect';
import { contentRoot, getRoadmaps } from '../lib/content';
import { checkFileSuffix, checkKey, parseChecks } from '../lib/content/check-parse';
import { QUESTIONS_PER_ATTEMPT } from '../lib/content/check-sizes';
import { readContentFiles } from '../lib/content/read';
import { captureActionRequest, type CapturedAction } from './browser';
import { sessionToken } from './database';
import type { LoadResult } from './load';
import type { Report } from './results';
import { staticWeight } from './static-weight';

/** Every topic, in roadmap order, whose knowledge check is written, with how many questions it asks. */
export function checkedTopics() {
  const checks = parseChecks(
    readContentFiles(contentRoot, checkFileSuffix),
    getRoadmaps(),
    undefined,
    {
      fullChecks: () => false,
    },
  );
  return getRoadmaps().flatMap((roadmap) =>
    roadmap.steps
      .flatMap((step) => step.topics)
      .flatMap((topic) => {
        const check = checks.get(checkKey(roadmap.id, topic.id));
        return check
          ? [
              {
                roadmapId: roadmap.id,
                topicId: topic.id,
                questions: Math.min(check.questions.length, QUESTIONS_PER_ATTEMPT),
              },
            ]
          : [];
      }),
  );
}

/** The first topic with a knowledge check: its page, and how many questions it asks. */
function checkedTopic() {
  const [topic] = checkedTopics();
  if (!topic) throw new Error('no topic in content/ has a knowledge check to bench');
  return {
    path: `/roadmaps/${topic.roadmapId}/${topic.topicId}`,
    page: `roadmaps/${topic.roadmapId}/${topic.topicId}`,
    questions: topic.questions,
  };
}

async function answerRows(connection: Connection): Promise<number> {
  const { rows } = (await connection.db.execute(
    sql`select count(*)::int as n from check_answers`,
  )) as unknown as { rows: { n: number }[] };
  return rows[0]!.n;
}

/**
 * Captures a learner's submission of a whole check (the first option of every question) in
 * Chromium, replays it for every learner through `submit`, and counts the rows it stored.
 */
export async function measureCheckSubmissions({
  browser,
  origin,
  submit,
  withDatabase,
}: {
  browser: Browser;
  origin: string;
  submit: (actions: CapturedAction[]) => Promise<LoadResult>;
  withDatabase: <T>(use: (connection: Connection) => Promise<T>) => Promise<T>;
}): Promise<Report['checks']> {
  const topic = checkedTopic();
  const action = await captureActionRequest(browser, {
    origin,
    path: topic.path,
    token: sessionToken(0),
    click: '#check-yourself button[type="submit"]',
    prepare: async (page) => {
      for (const question of await page.locator('#check-yourself fieldset').all())
        await question.locator('input').first().check();
    },
  });
  await submit([action]); // warm-up
  // Its attempts are deleted: with them, the measured run would take each learner past the
  // per-topic ceiling (lib/checks/limits.ts), whose trimming would break the row count below.
  await withDatabase((connection) => connection.db.execute(sql`delete from check_answers`));
  const before = await withDatabase(answerRows);
  const result = await submit([action]);
  return {
    submit: result,
    questionsPerSubmission: topic.questions,
    rowsAdded: (await withDatabase(answerRows)) - before,
    topicWeight: staticWeight(topic.page),
  };
}
