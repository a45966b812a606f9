import { describe, expect, it } from 'vitest';

import { describeSignInError } from './errors';

describe('describeSignInError', () => {
  it('explains known codes, falls back for unknown ones and ignores an absent code', () => {
    expect(describeSignInError('OAuthCallbackError')?.title).toBe('Sign-in was cancelled');
    expect(describeSignInError('Configuration')?.title).toMatch(/not working/);
    expect(describeSignInError('<script>')?.title).toBe('Sign-in did not complete');
    expect(describeSignInError(['a', 'b'])?.title).toBe('Sign-in did not complete');
    expect(describeSignInError(undefined)).toBeUndefined();
    expect(describeSignInError('')).toBeUndefined();
  });
});
