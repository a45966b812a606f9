'use client';

import { useEffect, useSyncExternalStore } from 'react';

import type { PlanResponse, PlanState } from '@/lib/plan/state';

import { learnerState, whenLearnerLoaded } from '../progress/learnerStore';

/**
 * The signed-in learner's plan state per roadmap, as /api/plan and the plan actions answer it.
 * Loaded once per roadmap by the widget that needs it, after the learner store knows who is
 * signed in (a visitor costs no request); every saved action replaces its roadmap's state.
 */
type PlanStore = Readonly<Record<string, PlanState | 'unavailable' | undefined>>;

let plans: PlanStore = {};
/** Whose plans the store holds: another learner signing in (another tab) starts afresh. */
let owner: string | undefined;
const listeners = new Set<() => void>();
const loading = new Set<string>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function recordPlan(state: PlanState) {
  plans = { ...plans, [state.roadmapId]: state };
  listeners.forEach((listener) => listener());
}

function recordUnavailable(roadmapId: string) {
  plans = { ...plans, [roadmapId]: 'unavailable' };
  listeners.forEach((listener) => listener());
}

async function loadPlan(roadmapId: string) {
  if (loading.has(roadmapId) || (plans[roadmapId] && owner === learnerState().user?.id)) return;
  loading.add(roadmapId);
  try {
    await whenLearnerLoaded();
    const user = learnerState().user;
    if (!user) return;
    if (owner !== user.id) {
      plans = {};
      owner = user.id;
    }
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
  return useSyncExternalStore(
    subscribe,
    () => plans[roadmapId],
    () => undefined,
  );
}
