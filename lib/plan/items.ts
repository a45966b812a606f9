import type { Route } from 'next';

import type { Roadmap } from '@/lib/content/model';
import type { ItemEntry, StepEntry } from '@/lib/content/step-entries';
import { stepPath, topicPath } from '@/lib/routes';

import type { PlannedItem } from './arithmetic';
import type { ItemSincePlan } from './on-track';

/**
 * A step project as the plan needs it. Projects are content being added beside topics (issue 18):
 * a step that has one is read structurally, so the plan counts projects as soon as content has them.
 */
type StepProject = { id: string; title: string; hours: number };
type PlanStep = {
  id: string;
  topics: readonly { id: string; title: string; hours: number }[];
  project?: StepProject;
};
/** What the plan reads of a roadmap (a full Roadmap is one): small enough to send to a browser. */
export type PlanRoadmap = Pick<Roadmap, 'id'> & { steps: readonly PlanStep[] };

/** The hours a whole roadmap asks for: every topic and every step project, at its estimate. */
export const plannedHours = (roadmap: PlanRoadmap) =>
  roadmap.steps.reduce(
    (sum, step) =>
      sum +
      step.topics.reduce((total, topic) => total + topic.hours, 0) +
      (step.project?.hours ?? 0),
    0,
  );

/**
 * The plan's roadmap from the steps a roadmap page already sends its client components (ids,
 * titles and hours of every topic and project), so the page carries no second copy for the plan.
 */
export function planRoadmapOf(roadmapId: string, steps: readonly StepEntry[]): PlanRoadmap {
  const item = ([id, title, hours]: ItemEntry) => ({ id, title, hours });
  return {
    id: roadmapId,
    steps: steps.map((step) => ({
      id: step.id,
      topics: step.topics.map(item),
      project: item(step.project),
    })),
  };
}

export type PlanItem = ItemSincePlan & {
  kind: 'topic' | 'project';
  id: string;
  title: string;
  href: Route;
};

export type ItemProgress = { status: PlannedItem['status']; updatedAt: Date };
export type ItemLogged = { total: number; sincePlan: number };

export type PlanFacts = {
  /** Status per topic id, and per step project id (required: a done project is not planned). */
  topics: ReadonlyMap<string, ItemProgress>;
  projects: ReadonlyMap<string, ItemProgress>;
  /** Hours logged per topic id. */
  logged: ReadonlyMap<string, ItemLogged>;
  /** When the plan started; null before there is a plan (nothing has happened "since"). */
  planStartedAt: Date | null;
};

const noTime: ItemLogged = { total: 0, sincePlan: 0 };

/** One planned topic or project: its content, where it is read, what the learner did with it. */
function itemOf(
  kind: PlanItem['kind'],
  { id, title, hours }: { id: string; title: string; hours: number },
  href: Route,
  progress: ItemProgress | undefined,
  logged: ItemLogged,
  planStartedAt: Date | null,
): PlanItem {
  return {
    kind,
    id,
    title,
    href,
    estimate: hours,
    status: progress?.status ?? 'not_started',
    logged: logged.total,
    loggedSincePlan: logged.sincePlan,
    changedSincePlan:
      planStartedAt !== null && progress !== undefined && progress.updatedAt >= planStartedAt,
  };
}

/**
 * A roadmap's planned items in roadmap order: each step's topics, then its project when the
 * content has one. Progress on topics the content no longer has is not here: it is not planned.
 */
export function planItems(roadmap: PlanRoadmap, facts: PlanFacts): PlanItem[] {
  const { topics, projects, logged, planStartedAt } = facts;
  return roadmap.steps.flatMap((step) => {
    const planned = step.topics.map((topic) => {
      const time = logged.get(topic.id) ?? noTime;
      const href = topicPath(roadmap.id, topic.id);
      return itemOf('topic', topic, href, topics.get(topic.id), time, planStartedAt);
    });
    const { project } = step;
    if (!project) return planned;
    // The project's own page is issue 18's; its step on the roadmap page shows it either way.
    const href = stepPath(roadmap.id, step.id);
    const progress = projects.get(project.id);
    return [...planned, itemOf('project', project, href, progress, noTime, planStartedAt)];
  });
}
