/**
 * The pipeline's authorization step, shown with a stand-in membership rule: "the user mentors
 * cohort X", read from an in-memory map. The session and the write budget are stand-ins too, so
 * the test sees which steps ran, in which order, and which one refused.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

import type { Authorize } from '@/lib/action';
import { forbiddenMessage, rateLimitedMessage, signInToSaveMessage } from '@/lib/messages';

const state = vi.hoisted(() => ({
  /** Every step that ran, in order. */
  calls: [] as string[],
  user: null as { id: string; login: string } | null,
  rate: { allowed: true } as { allowed: true } | { allowed: false; retryAfterSeconds: number },
}));

vi.mock('@/lib/auth/session', () => ({
  currentSession: async () => {
    state.calls.push('session');
    return state.user ? { user: state.user } : null;
  },
}));
vi.mock('@/lib/rate-limit/check', () => ({
  checkWriteRate: async () => {
    state.calls.push('rate limit');
    return state.rate;
  },
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));

const { formAction, userAction } = await import('@/lib/action');

type Cohort = { id: string; name: string; mentors: Set<string> };
const cohorts = new Map<string, Cohort>([
  ['spring', { id: 'spring', name: 'Spring cohort', mentors: new Set(['ada']) }],
]);

/** The stand-in rule: the session's user mentors the cohort the input names. */
const mentorOfCohort: Authorize<{ cohortId: string }, { cohort: Cohort }> = async (input, user) => {
  state.calls.push('authorize');
  const cohort = cohorts.get(input.cohortId);
  return cohort?.mentors.has(user.id) ? { cohort } : false;
};

const commentInput = z
  .object({ cohortId: z.string().min(1, 'Choose a cohort.'), comment: z.string().max(20) })
  .transform((input) => {
    state.calls.push('input');
    return input;
  });

const handler = vi.fn(
  async (input: { comment: string }, user: { id: string }, granted: { cohort: Cohort }) => {
    state.calls.push('handler');
    return `${user.id} on ${granted.cohort.name}: ${input.comment}`;
  },
);

// The authorization step is one line of each declaration.
const commentOnCohort = userAction('commentOnCohort', commentInput, handler, {
  authorize: mentorOfCohort,
});
const commentOnCohortForm = formAction('commentOnCohortForm', commentInput, handler, {
  authorize: mentorOfCohort,
});

const signIn = (id: string) => (state.user = { id, login: id });

describe('an action with an authorization step', () => {
  beforeEach(() => {
    state.calls = [];
    state.user = null;
    state.rate = { allowed: true };
    handler.mockClear();
  });

  it('lets a member through to the handler, with what the rule granted, after every step', async () => {
    signIn('ada');
    expect(await commentOnCohort({ cohortId: 'spring', comment: 'well done' })).toEqual({
      ok: true,
      data: 'ada on Spring cohort: well done',
    });
    expect(state.calls).toEqual(['session', 'rate limit', 'input', 'authorize', 'handler']);
  });

  it('refuses a non-member with the typed FORBIDDEN error, and the handler never runs', async () => {
    signIn('grace');
    for (const cohortId of ['spring', 'no-such-cohort']) {
      expect(await commentOnCohort({ cohortId, comment: 'hello' })).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: forbiddenMessage },
      });
    }
    expect(handler).not.toHaveBeenCalled();
    expect(state.calls).not.toContain('handler');
  });

  it('refuses a visitor as UNAUTHENTICATED before counting, validating or authorizing', async () => {
    expect(await commentOnCohort({ cohortId: '', comment: 'x'.repeat(50) })).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: signInToSaveMessage },
    });
    expect(state.calls).toEqual(['session']);
  });

  it('refuses a rate-limited request before validating or authorizing it', async () => {
    signIn('grace');
    state.rate = { allowed: false, retryAfterSeconds: 12 };
    expect(await commentOnCohort({ cohortId: 'spring', comment: 'hello' })).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: rateLimitedMessage(12), retryAfterSeconds: 12 },
    });
    expect(state.calls).toEqual(['session', 'rate limit']);
  });

  it('answers invalid input from a non-member as INVALID_INPUT, without authorizing', async () => {
    signIn('grace');
    expect(await commentOnCohort({ cohortId: '', comment: 'hello' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { cohortId: 'Choose a cohort.' } },
    });
    expect(state.calls).toEqual(['session', 'rate limit']);
  });

  it('answers UNAVAILABLE, not a 500, when the rule cannot be checked', async () => {
    signIn('ada');
    const broken = userAction('broken', commentInput, handler, {
      authorize: async () => {
        throw new Error('cohorts table is down');
      },
    });
    vi.spyOn(console, 'error').mockImplementationOnce(() => undefined);
    expect(await broken({ cohortId: 'spring', comment: 'hello' })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a form the same way, giving its text back', async () => {
    signIn('grace');
    const data = new FormData();
    data.set('cohortId', 'spring');
    data.set('comment', 'keep this');
    expect(await commentOnCohortForm(null, data)).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: forbiddenMessage,
        submitted: { cohortId: 'spring', comment: 'keep this' },
      },
    });
    expect(handler).not.toHaveBeenCalled();
  });
});
