import { expect, it, vi } from 'vitest';

import { describeEachDriver } from '@/testing/integration';
import { requestFrom as request } from '@/testing/requests';
import { freezeClockAt } from '@/testing/write-limits';

import { describeSignInError } from './errors';
import { limitSignIns } from './sign-in-limit';

// The code under test reads its budgets once, when it loads: set them before the imports.
vi.hoisted(() => {
  vi.stubEnv('WAYMARK_SIGN_INS_PER_MINUTE_PER_IP', '3');
});
freezeClockAt('2026-11-22T10:00:10Z');

const callback = '/api/auth/callback/github?code=abc&state=xyz';

describeEachDriver('the sign-in limit', () => {
  it('refuses callbacks past the per-address limit with the sign-in error page, not a 500', async () => {
    const handler = vi.fn(async () => new Response(null, { status: 302 }));
    const limited = limitSignIns(handler);
    const statuses = [];
    for (let n = 0; n < 5; n++)
      statuses.push((await limited(request(callback, '203.0.113.5'))).status);
    expect(statuses).toEqual([302, 302, 302, 303, 303]);
    expect(handler).toHaveBeenCalledTimes(3); // a refused callback never reaches Auth.js

    const refused = await limited(request(callback, '203.0.113.5'));
    expect(refused.headers.get('location')).toBe('/signin/error?error=TooManySignIns');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(describeSignInError('TooManySignIns')).toMatchObject({
      title: 'Too many sign-ins',
      detail: expect.stringMatching(/Wait a minute, then try again/),
    });

    // Another address still signs in; other Auth.js requests are not counted at all.
    expect((await limited(request(callback, '198.51.100.5'))).status).toBe(302);
    expect((await limited(request('/api/auth/session', '203.0.113.5'))).status).toBe(302);
  });
});
