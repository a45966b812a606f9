'use client';

import { useEffect } from 'react';

import { mergeBrowserPlans } from '@/lib/plan/actions';
import {
  LOCAL_PLAN_KEY,
  parseBrowserPlans,
  serializeBrowserPlans,
  type BrowserPace,
  type BrowserPlans,
} from '@/lib/plan/browser-plan';
import type { PlanResponse, PlanState } from '@/lib/plan/state';

import { browserTreeStorage } from '../browserStorage';
import { createStore, useStore } from '../clientStore';
import { browserTimeZone, learnerState, whenLearnerLoaded } from '../progress/learnerStore';

/**
 * The signed-in learner's plan state per roadmap, as /api/plan and the plan actions answer it.
 * Loaded once per roadmap by the widget that needs it, after the learner store knows who is
 * signed in (a visitor costs no request); every saved action replaces its roadmap's state.
 */
type PlanStore = Readonly<Record<string, PlanState | 'unavailable' | undefined>>;

const plans = createStore<PlanStore>(() => ({}));
/** Whose plans the store holds: another learner signing in (another tab) starts afresh. */
let owner: string | undefined;
const loading = new Set<string>();

/** A visitor's paces, kept in this browser (lib/plan/browser-plan.ts). */
const paceStorage = browserTreeStorage(LOCAL_PLAN_KEY, {
  parse: parseBrowserPlans,
  serialize: serializeBrowserPlans,
});
const browserPaces = createStore(paceStorage.read);

function writeBrowserPlans(next: BrowserPlans) {
  paceStorage.write(next);
  browserPaces.set(next);
}

/** A visitor's pace for a roadmap, kept in this browser until they sign in. */
export function recordBrowserPace(roadmapId: string, pace: BrowserPace) {
  writeBrowserPlans({ ...paceStorage.read(), [roadmapId]: pace });
}

/** The pace this browser keeps for a roadmap (visitors). */
export function useBrowserPace(roadmapId: string): BrowserPace | undefined {
  return useStore(browserPaces, (paces) => paces[roadmapId], undefined);
}

let merging: Promise<void> | undefined;

/**
 * Sends the paces this browser kept to the signed-in account (the newest change wins, on the
 * server) and forgets the ones sent; a failed merge keeps them for the next visit.
 */
function mergeBrowserPaces(): Promise<void> {
  merging ??= (async () => {
    const kept = paceStorage.read();
    const paces = Object.entries(kept).map(([roadmapId, pace]) => ({ roadmapId, ...pace }));
    if (paces.length === 0) return;
    const result = await mergeBrowserPlans({ paces, timeZone: browserTimeZone() }).catch(
      () => null,
    );
    if (!result?.ok) return;
    const left = paceStorage.read();
    for (const [roadmapId, pace] of Object.entries(kept)) {
      if (left[roadmapId]?.updatedAt === pace.updatedAt) delete left[roadmapId];
    }
    writeBrowserPlans(left);
  })().finally(() => (merging = undefined));
  return merging;
}

export function recordPlan(state: PlanState) {
  plans.set({ ...plans.get(), [state.roadmapId]: state });
}

function recordUnavailable(roadmapId: string) {
  plans.set({ ...plans.get(), [roadmapId]: 'unavailable' });
}

async function loadPlan(roadmapId: string) {
  const loaded = plans.get()[roadmapId] && owner === learnerState().user?.id;
  if (loading.has(roadmapId) || loaded) return;
  loading.add(roadmapId);
  try {
    await whenLearnerLoaded();
    const user = learnerState().user;
    if (!user) return;
    if (owner !== user.id) {
      plans.set({});
      owner = user.id;
    }
    await mergeBrowserPaces();
    const response = await fetch(`/api/plan?roadmap=${encodeURIComponent(roadmapId)}`, {
      cache: 'no-store',
    });
    const body = (await response.json()) as PlanResponse;
    if ('error' in body) recordUnavailable(roadmapId);
    else if (body.plan) recordPlan(body.plan);
  } catch {
    recordUnavailable(roadmapId);
  } finally {
    loading.delete(roadmapId);
  }
}

/** The plan state of a roadmap: undefined while loading (or for a visitor). */
export function usePlanState(roadmapId: string) {
  useEffect(() => {
    void loadPlan(roadmapId);
  }, [roadmapId]);
  return useStore(plans, (state) => state[roadmapId], undefined);
}
