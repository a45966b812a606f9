import { describe, expect, it } from 'vitest';

import { forbiddenMessage, signInToSaveMessage } from '@/lib/messages';

import { parseRefusal, refusalMessage, refusalQuery } from './not-saved';

const roundTrip = (query: string) =>
  refusalMessage(parseRefusal(Object.fromEntries(new URLSearchParams(query))));

describe('a refused save without JavaScript', () => {
  it('survives the trip through the URL as a code, not as text', () => {
    expect(roundTrip(refusalQuery({ code: 'UNAUTHENTICATED', message: 'anything' }))).toBe(
      signInToSaveMessage,
    );
    expect(
      roundTrip(refusalQuery({ code: 'RATE_LIMITED', message: '', retryAfterSeconds: 7 })),
    ).toContain('wait 7 seconds');
    expect(
      roundTrip(refusalQuery({ code: 'INVALID_INPUT', message: '', fields: { topicId: 'x' } })),
    ).toBe('The topic was missing or not one of the choices.');
    expect(roundTrip(refusalQuery({ code: 'FORBIDDEN', message: 'anything' }))).toBe(
      forbiddenMessage,
    );
  });

  it('ignores what it does not know instead of failing or repeating it', () => {
    const message = roundTrip('reason=HACKED&fields=<b>,status&wait=-1');
    expect(message).toBe('Nothing was saved. Go back, choose a topic and a status, and try again.');
    expect(parseRefusal({ reason: ['UNAVAILABLE', 'x'], fields: 'evil', wait: '1e9' })).toEqual({
      code: undefined,
      fields: [],
      wait: undefined,
    });
  });
});
