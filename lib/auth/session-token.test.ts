import { describe, expect, it } from 'vitest';

import { isWellFormedSessionToken } from './session-token';

describe('isWellFormedSessionToken', () => {
  it('accepts the UUIDs Auth.js issues', () => {
    expect(isWellFormedSessionToken('5f0c3b8e-2a4d-4f6e-9b1a-7c3d2e1f0a9b')).toBe(true);
  });

  it.each(['', 'a\u0000b', 'a b', '%ZZ', 'x'.repeat(257), 'é', 'a;b'])('refuses %j', (value) =>
    expect(isWellFormedSessionToken(value)).toBe(false),
  );
});
