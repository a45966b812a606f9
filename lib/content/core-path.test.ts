import { describe, expect, it } from 'vitest';

import { allStepsLabel, pathTotals } from './core-path';
import { getRoadmap, getRoadmaps } from './index';
import type { Step } from './model';
import { toStepEntries } from './step-entries';

const step = (optional: boolean, topics: number, hours: number) =>
  ({ optional, hours, topics: Array.from({ length: topics }, () => ({})) }) as Step;

describe('pathTotals', () => {
  it('counts the steps that are not optional as the core path', () => {
    expect(pathTotals([step(false, 2, 10), step(true, 3, 7), step(false, 1, 1.5)])).toEqual({
      all: { steps: 3, topics: 6, hours: 18.5 },
      core: { steps: 2, topics: 3, hours: 11.5 },
    });
  });

  it('gives no separate core total when no step is optional', () => {
    expect(pathTotals([step(false, 2, 3)]).core).toBeUndefined();
  });

  it('gives the same totals from the roadmap page’s step entries as from the content', () => {
    for (const roadmap of getRoadmaps()) {
      expect(pathTotals(toStepEntries(roadmap))).toEqual(pathTotals(roadmap.steps));
    }
  });

  it('makes the JavaScript roadmap core path steps 1 to 13, as its introduction says', () => {
    const roadmap = getRoadmap('javascript-backend')!;
    const core = roadmap.steps.filter((s) => !s.optional).map((s) => Number.parseFloat(s.number!));
    expect(core.every((n) => n >= 1 && n < 14)).toBe(true);
    expect(roadmap.steps.filter((s) => s.optional).every((s) => Number(s.number) >= 14)).toBe(
      true,
    );
    expect(roadmap.intro).toContain('Steps 1 to 13 are the core path');
    expect(roadmap.steps.find((s) => s.number === '19')?.gapNote).toMatch(/no step 18/);
  });
});

describe('allStepsLabel', () => {
  it('names the total over every step by whether a core path stands beside it', () => {
    expect(allStepsLabel(true)).toBe('With optional steps');
    expect(allStepsLabel(false)).toBe('Whole roadmap');
  });
});
