import 'server-only';

import { sql } from 'drizzle-orm';

import { getDb } from '@/db';
import { checkAnswers, reviewCards, timeLog } from '@/db/schema';
import { addDays } from '@/lib/calendar/days';
import { questionCounts } from '@/lib/checks/answer-key';
import { topicKey } from '@/lib/checks/attempts';
import type { Roadmap } from '@/lib/content';
import type { Day } from '@/lib/plan/calendar';

import type { GridMember, MemberShared } from './grid';
import { idList } from './id-list';

/** A member of the grid's slice, with what they chose to share beyond statuses. */
export type SharingMember = GridMember & { sharesChecks: boolean; sharesTime: boolean };

/** Each topic of the roadmap that has a check, with how many questions an attempt asks today. */
const checkedTopicsOf = (roadmap: Roadmap) => {
  const counts = questionCounts();
  return JSON.stringify(
    roadmap.steps.flatMap((step) =>
      step.topics.flatMap((topic) => {
        const asked = counts.get(topicKey(roadmap.id, topic.id));
        return asked === undefined ? [] : [{ topic_id: topic.id, asked }];
      }),
    ),
  );
};

type SharedRow = {
  user_id: string;
  attempts: number | null;
  passed: number | null;
  reviews_overdue: number | null;
  minutes: number | null;
  minutes_this_week: number | null;
};

/**
 * What the members who share them have of checks and study time on the roadmap, added up by the
 * database: one statement, and none when nobody in the slice shares. An attempt passes as on the
 * learner's own pages (attempts.ts): every question it asked answered correctly; a review is
 * overdue when its day is before `today`; "this week" is the 7 days up to `today`.
 */
export async function sharedOf(
  roadmap: Roadmap,
  members: readonly SharingMember[],
  today: Day,
): Promise<MemberShared[]> {
  const checkers = members.filter((member) => member.sharesChecks).map((member) => member.userId);
  const timers = members.filter((member) => member.sharesTime).map((member) => member.userId);
  const sharers = [...new Set([...checkers, ...timers])];
  if (sharers.length === 0) return [];
  // `in ('')` matches nobody: the list may be empty, the statement may not.
  const [checking, timing] = [checkers, timers].map((ids) => idList(ids.length ? ids : ['']));
  const db = await getDb();
  const { rows } = (await db.execute(sql`
    with checked as (
      select * from json_to_recordset(${checkedTopicsOf(roadmap)}::json)
        as topic(topic_id text, asked int)
    ), attempts as (
      select answer.user_id, count(*)::int as attempts,
        count(*) filter (where answer.correct = greatest(checked.asked, answer.answered))::int
          as passed
      from (
        select user_id, topic_id, count(*) filter (where correct) as correct, count(*) as answered
        from ${checkAnswers}
        where user_id in (${checking}) and roadmap_id = ${roadmap.id}
        group by user_id, attempt_id, topic_id
      ) as answer
      join checked on checked.topic_id = answer.topic_id
      group by answer.user_id
    ), overdue as (
      select card.user_id, count(*)::int as reviews_overdue
      from ${reviewCards} as card
      join checked on checked.topic_id = card.topic_id
      where card.user_id in (${checking}) and card.roadmap_id = ${roadmap.id}
        and card.due_on < ${today}
      group by card.user_id
    ), studied as (
      select user_id, sum(minutes)::int as minutes,
        coalesce(sum(minutes) filter (where day > ${addDays(today, -7)}), 0)::int
          as minutes_this_week
      from ${timeLog}
      where user_id in (${timing}) and roadmap_id = ${roadmap.id}
      group by user_id
    )
    select sharer.user_id, attempts.attempts, attempts.passed, overdue.reviews_overdue,
      studied.minutes, studied.minutes_this_week
    from (values ${sql.join(
      sharers.map((id) => sql`(${id})`),
      sql`, `,
    )}) as sharer(user_id)
    left join attempts on attempts.user_id = sharer.user_id
    left join overdue on overdue.user_id = sharer.user_id
    left join studied on studied.user_id = sharer.user_id`)) as unknown as { rows: SharedRow[] };
  const checks = new Set(checkers);
  const time = new Set(timers);
  return rows.map((row) => ({
    userId: row.user_id,
    checks: checks.has(row.user_id)
      ? {
          attempts: Number(row.attempts ?? 0),
          passed: Number(row.passed ?? 0),
          reviewsOverdue: Number(row.reviews_overdue ?? 0),
        }
      : null,
    studyTime: time.has(row.user_id)
      ? {
          minutes: Number(row.minutes ?? 0),
          minutesThisWeek: Number(row.minutes_this_week ?? 0),
        }
      : null,
  }));
}
