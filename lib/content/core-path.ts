import type { Roadmap } from './model';

export type PathTotals = { steps: number; topics: number; hours: number };

/** The size of a list of steps: how many, their topics, their study hours. */
export function totalsOf(steps: Roadmap['steps']): PathTotals {
  return {
    steps: steps.length,
    topics: steps.reduce((sum, step) => sum + step.topics.length, 0),
    hours: steps.reduce((sum, step) => sum + step.hours, 0),
  };
}

/**
 * The roadmap's core path (every step not marked optional) beside the whole roadmap; `core` is
 * undefined when nothing is optional, so a page shows one total instead of two equal ones.
 */
export function pathTotals(roadmap: Roadmap): { all: PathTotals; core?: PathTotals } {
  const core = roadmap.steps.filter((step) => !step.optional);
  return {
    all: totalsOf(roadmap.steps),
    core: core.length === roadmap.steps.length ? undefined : totalsOf(core),
  };
}
