/**
 * The bench's "learner at every ceiling" leg (issue 25): one learner holding as much as an account
 * can keep, set against one holding nothing, on the pages that read a whole account.
 */
import { sql } from 'drizzle-orm';

import type { Connection } from '../db/connect';
import { MAX_NOTE_LENGTH } from '../db/constraints';
import { MAX_ATTEMPTS_PER_LEARNER, MAX_ATTEMPTS_PER_TOPIC } from '../lib/checks/limits';
import { replayReviewCards } from '../lib/checks/replay';
import { getRoadmaps } from '../lib/content';
import { MAX_HISTORY_ENTRIES, MAX_RETIRED_TOPICS } from '../lib/progress/limits';
import { checkedTopics } from './checks';
import { seedLearners } from './database';

/** The topic whose last result `/api/me/checks` is asked for: one of those at its ceiling. */
export function ceilingCheckPath(): string {
  const [topic] = checkedTopics();
  if (!topic) throw new Error('no topic in content/ has a knowledge check to bench');
  return `/api/me/checks?roadmap=${topic.roadmapId}&topic=${topic.topicId}`;
}

/**
 * Bench learner `empty` with a session and nothing else, and learner `full` at every ceiling the
 * README lists under "Limits per learner": progress and a note (of the longest length) on every
 * topic plus the retired allowance, every step project, the full history, and check attempts up
 * to the account's ceiling, each topic's in turn up to its own, every question answered, with
 * their review cards.
 * Plans and logged time are seeded as for the scale learners. Returns the full learner's rows.
 */
export async function seedCeilingLearners(
  connection: Connection,
  { empty, full }: { empty: number; full: number },
): Promise<Record<string, number>> {
  const { db } = connection;
  const topicCount = getRoadmaps().reduce(
    (sum, roadmap) => sum + roadmap.steps.reduce((n, step) => n + step.topics.length, 0),
    0,
  );
  await seedLearners(connection, { from: empty, to: empty + 1, rows: 0, notes: 0 });
  await seedLearners(connection, { from: full, to: full + 1, rows: topicCount, notes: 0 });
  const userId = `bench-learner-${full}`;
  const roadmapId = getRoadmaps()[0]!.id;
  const retired = sql`generate_series(1, ${MAX_RETIRED_TOPICS}::int) as r`;
  await db.execute(sql`
    insert into progress (user_id, roadmap_id, topic_id, status, updated_at)
    select ${userId}, ${roadmapId}, 'retired-' || r, 'done', now() - make_interval(days => r)
    from ${retired}`);
  await db.execute(sql`
    insert into notes (user_id, roadmap_id, topic_id, body, updated_at)
    select user_id, roadmap_id, topic_id, repeat('n', ${MAX_NOTE_LENGTH}::int), updated_at
    from progress where user_id = ${userId}`);
  const projects = getRoadmaps().flatMap((roadmap) =>
    roadmap.steps.map((step) => [roadmap.id, step.project.id] as const),
  );
  await db.execute(sql`
    insert into project_progress (user_id, roadmap_id, project_id, status, url)
    select ${userId}, p.roadmap_id, p.project_id, 'done', 'https://github.com/bench/' || p.project_id
    from unnest(${sql.param(projects.map(([id]) => id))}::text[],
      ${sql.param(projects.map(([, id]) => id))}::text[]) as p(roadmap_id, project_id)`);
  await db.execute(sql`
    insert into progress_events (user_id, roadmap_id, topic_id, status, source, changed_at)
    select ${userId}, roadmap_id, topic_id, status, 'control',
      now() - make_interval(mins => (e * 53)::int)
    from generate_series(1, ${MAX_HISTORY_ENTRIES}::int - (
      select count(*)::int from progress_events where user_id = ${userId})) as e
    cross join lateral (
      select roadmap_id, topic_id, status from progress where user_id = ${userId}
      offset e % ${topicCount + MAX_RETIRED_TOPICS}::int limit 1) as p`);
  const topics = checkedTopics().slice(0, MAX_ATTEMPTS_PER_LEARNER / MAX_ATTEMPTS_PER_TOPIC);
  await db.execute(sql`
    insert into check_answers
      (user_id, attempt_id, roadmap_id, topic_id, question_id, chosen_option_ids, correct, answered_at)
    select ${userId}, t.topic_id || '-' || a, t.roadmap_id, t.topic_id, 'q' || q, '{}', (a + q) % 3 > 0,
      now() - make_interval(hours => (a * 20 + t.i)::int)
    from unnest(${sql.param(topics.map((t) => t.roadmapId))}::text[],
      ${sql.param(topics.map((t) => t.topicId))}::text[],
      ${sql.param(topics.map((t) => t.questions))}::int[])
      with ordinality as t(roadmap_id, topic_id, questions, i)
    cross join generate_series(1, ${MAX_ATTEMPTS_PER_TOPIC}::int) as a
    cross join lateral generate_series(1, t.questions) as q`);
  // Their review cards, as the migration's replay makes them: the dashboard reads both.
  await replayReviewCards(db);
  await db.execute(sql`analyze`);
  const { rows } = (await db.execute(sql`
    select
      (select count(*) from progress where user_id = ${userId})::int as progress,
      (select count(*) from notes where user_id = ${userId})::int as notes,
      (select count(*) from project_progress where user_id = ${userId})::int as projects,
      (select count(*) from progress_events where user_id = ${userId})::int as history,
      (select count(*) from check_answers where user_id = ${userId})::int as "checkAnswers",
      (select count(*) from study_plan_versions where user_id = ${userId})::int as "planVersions",
      (select count(*) from time_log where user_id = ${userId})::int as "timeEntries"`)) as unknown as {
    rows: Record<string, number>[];
  };
  return rows[0]!;
}
