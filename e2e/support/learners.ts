import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The learners the `setup` project signs in once, through the real OAuth flow, before the specs
 * run. Each belongs to one test (or to tests whose writes cannot disturb each other): many tests
 * count a learner's rows exactly, and the suite runs in parallel.
 */
export const setupLearners = [
  'axe-phone',
  'axe-desktop',
  'heatmap',
  'share-host',
  'note-limit',
  'note-xss',
  'progress-journey',
  'shortcuts',
  'rollback',
  'reset',
  'nojs-forms',
  'csrf',
  'exporter',
  'importer',
  'sharer',
  'controls-copy',
  'private-owner',
  'other-learner',
  'roadmap-keyboard',
  'roadmap-nojs-save',
  'roadmap-screens',
  'roadmap-order',
  'roadmap-rollback',
  'next-step-phone',
  'next-step-desktop',
  'next-step-phone-nojs',
  'next-step-desktop-nojs',
  'dashboard-continue',
  'projects-journey',
  'projects-nojs',
  'projects-export',
  'projects-public',
  'checklist-journey',
  'checklist-nojs',
  'checks-learner',
  'checks-nojs',
  'draw-learner',
  'draw-nojs',
  'plan-journey',
  'plan-nojs',
  'today-js',
  'today-nojs',
  'session-reader',
] as const;

export type SetupLearner = (typeof setupLearners)[number];

// Beside the specs, ignored by git (the suite runs from the repository root).
const authDir = join(process.cwd(), 'e2e/.auth');

/** The browser state (the session cookie) the setup saved for this learner. */
export const storageStatePath = (name: SetupLearner) => join(authDir, `${name}.json`);

/** The file holding the GitHub login this run gave the learner. */
export const loginPath = (name: SetupLearner) => join(authDir, `${name}.login`);

export const loginOf = (name: SetupLearner) => readFileSync(loginPath(name), 'utf8');
