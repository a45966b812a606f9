import type { z } from 'zod';

import type { ResourceType, topicFrontMatterSchema } from './schema';

type TopicFrontMatter = z.output<typeof topicFrontMatterSchema>;

/** One problem in one topic's front matter, before the caller adds the file it came from. */
export type TopicProblem = { field: string; message: string };

/**
 * Roadmaps held to the full checks (three resources, a review date, link and type sanity).
 * Other roadmaps get those problems as warnings, so a roadmap being rewritten can still build.
 * Write `'all'` here to hold every roadmap to them.
 */
export const fullChecksApplyTo: readonly string[] | 'all' = 'all';

export function fullChecksApply(roadmapId: string): boolean {
  return fullChecksApplyTo === 'all' || fullChecksApplyTo.includes(roadmapId);
}

export const minimumResources = 3;

/** Query parameters that only track who clicked; they make links longer and identify readers. */
const trackingParams = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid)$/i;

/** MDN moved its learning area from /docs/Learn/ to /docs/Learn_web_development/ in 2024. */
const oldMdnLearnPath = /^\/[a-z]{2}(-[A-Za-z]{2})?\/docs\/Learn(\/|$)/;

/** Hosts whose pages are never a given type: the reason says what the page really is. */
const refusedTypes: { host: string; type: ResourceType; reason: string }[] = [
  {
    host: 'hub.docker.com',
    type: 'docs',
    reason: 'Docker Hub is an image registry; link docs.docker.com for documentation',
  },
  {
    host: 'summerofcode.withgoogle.com',
    type: 'course',
    reason: 'Google Summer of Code is a paid mentoring programme, not a course',
  },
];

/** Problems every roadmap must be free of: each is a plain mistake, whatever the roadmap's state. */
export function baselineProblems(topic: TopicFrontMatter, today?: string): TopicProblem[] {
  const problems: TopicProblem[] = [];
  const seen = new Set<string>();
  topic.resources.forEach(({ url }, index) => {
    if (seen.has(url)) problems.push({ field: `resources.${index}.url`, message: `${url} is listed twice` });
    seen.add(url);
  });
  const links = [
    ...topic.resources.map(({ url }, index) => ({ url, field: `resources.${index}.url` })),
    ...topic.items.flatMap(({ url }, index) => (url ? [{ url, field: `items.${index}.url` }] : [])),
  ];
  for (const { url, field } of links) {
    const { hostname, searchParams } = new URL(url);
    if (isLocalOrIpHost(hostname)) {
      problems.push({ field, message: `${hostname} is not a public site name` });
    }
    const tracking = [...searchParams.keys()].filter((key) => trackingParams.test(key));
    if (tracking.length > 0) {
      problems.push({ field, message: `remove the tracking parameter ${tracking.join(', ')}` });
    }
  }
  problems.push(...reviewProblems(topic, today, 'topic').baseline);
  if (topic.fewerResources !== undefined && topic.resources.length >= minimumResources) {
    problems.push({
      field: 'fewerResources',
      message: `the topic lists ${topic.resources.length} resources: remove the reason`,
    });
  }
  return problems;
}

/** Problems the roadmaps in `fullChecksApplyTo` must be free of (warnings elsewhere). */
export function fullProblems(topic: TopicFrontMatter): TopicProblem[] {
  const problems: TopicProblem[] = [];
  if (topic.resources.length < minimumResources && topic.fewerResources === undefined) {
    problems.push({
      field: 'resources',
      message: `list at least ${minimumResources} resources, or say why not in fewerResources`,
    });
  }
  topic.resources.forEach(({ url, type }, index) => {
    const { hostname, pathname } = new URL(url);
    const field = `resources.${index}`;
    if (hostname === 'developer.mozilla.org' && oldMdnLearnPath.test(pathname)) {
      problems.push({
        field: `${field}.url`,
        message: 'MDN moved /docs/Learn/ to /docs/Learn_web_development/',
      });
    }
    const refused = refusedTypes.find((rule) => rule.host === hostname && rule.type === type);
    if (refused) problems.push({ field: `${field}.type`, message: `not "${type}": ${refused.reason}` });
  });
  return problems;
}

/**
 * The review rules topics, projects and checks share. Always wrong (`baseline`): a date in the
 * future, and a date without the `reviewer` who checked the file that day. A file nobody has
 * re-read carries neither; it is `pending`, a warning in every roadmap, so honest records never
 * stop a build.
 */
export function reviewProblems(
  { reviewed, reviewer }: { reviewed?: string; reviewer?: string },
  today: string | undefined,
  what: 'topic' | 'project' | 'questions',
): { baseline: TopicProblem[]; pending: TopicProblem[] } {
  const baseline: TopicProblem[] = [];
  if (reviewed !== undefined && today !== undefined && reviewed > today)
    baseline.push({ field: 'reviewed', message: `${reviewed} is in the future` });
  if (reviewed !== undefined && reviewer === undefined)
    baseline.push({
      field: 'reviewer',
      message: `name who checked the ${what} on ${reviewed}: a person or the reviewing pass's handle`,
    });
  return {
    baseline,
    pending:
      reviewed === undefined
        ? [{ field: 'reviewed', message: `not reviewed yet: a second reader who checks the ${what} sets reviewed and reviewer` }]
        : [],
  };
}

function isLocalOrIpHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) ||
    hostname.startsWith('[')
  );
}

/**
 * The latest calendar date anywhere on Earth right now (UTC+14), so a reviewer east of UTC
 * can write today's date without it counting as the future.
 */
export function latestDateOnEarth(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}
