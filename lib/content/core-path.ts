export type PathTotals = { steps: number; topics: number; hours: number };

/** What the totals read of a step: a content Step is one, and so is a roadmap page's StepEntry. */
type SizedStep = { optional?: boolean; topics: readonly unknown[]; hours: number };

/** The size of a list of steps: how many, their topics, their study hours. */
function totalsOf(steps: readonly SizedStep[]): PathTotals {
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
export function pathTotals(steps: readonly SizedStep[]): { all: PathTotals; core?: PathTotals } {
  const core = steps.filter((step) => !step.optional);
  return {
    all: totalsOf(steps),
    core: core.length === steps.length ? undefined : totalsOf(core),
  };
}

/** The name of the core path's total, the same in the header, the home cards and the progress box. */
export const CORE_PATH_LABEL = 'Core path';

/**
 * The name of the total over every step: "With optional steps" beside a core path, "Whole roadmap"
 * when no step is optional. One name per total, wherever it is shown (issue 27).
 */
export const allStepsLabel = (hasOptionalSteps: boolean) =>
  hasOptionalSteps ? 'With optional steps' : 'Whole roadmap';
