import { queryE2eDatabase } from '../database';

/** Saved statuses written straight into a learner's account, to start a test from them. */
export async function seedStatuses(
  login: string,
  roadmapId: string,
  statuses: Record<string, string>,
) {
  for (const [topicId, status] of Object.entries(statuses)) {
    await queryE2eDatabase(
      `insert into progress (user_id, roadmap_id, topic_id, status)
       select id, $2, $3, $4 from users where login = $1`,
      [login, roadmapId, topicId, status],
    );
  }
}

/** A learner's saved statuses on one roadmap, by topic id. */
export async function savedStatuses(login: string, roadmapId: string) {
  const rows = await queryE2eDatabase<{ topic_id: string; status: string }>(
    `select p.topic_id, p.status from progress p join users u on u.id = p.user_id
     where u.login = $1 and p.roadmap_id = $2`,
    [login, roadmapId],
  );
  return Object.fromEntries(rows.map((row) => [row.topic_id, row.status]));
}

/** A learner's status history, oldest first. */
export async function historyOf(login: string) {
  return queryE2eDatabase<{ topic_id: string; status: string; source: string }>(
    `select e.topic_id, e.status, e.source from progress_events e
     join users u on u.id = e.user_id where u.login = $1 order by e.id`,
    [login],
  );
}
