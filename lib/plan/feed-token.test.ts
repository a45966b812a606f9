import { describe, expect, it } from 'vitest';

import {
  hashFeedToken,
  isWellFormedFeedToken,
  newFeedToken,
  tokenOfFeedSegment,
} from './feed-token';

describe('calendar feed tokens', () => {
  it('carry 256 random bits, never repeat, and are kept only as a hash', () => {
    const tokens = new Set(Array.from({ length: 100 }, newFeedToken));
    expect(tokens.size).toBe(100);
    const token = [...tokens][0]!;
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(isWellFormedFeedToken(token)).toBe(true);
    expect(hashFeedToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashFeedToken(token)).not.toContain(token);
  });

  it('are read from the path segment only when well formed', () => {
    const token = newFeedToken();
    expect(tokenOfFeedSegment(`${token}.ics`)).toBe(token);
    expect(tokenOfFeedSegment(token)).toBeNull();
    expect(tokenOfFeedSegment(`${token.slice(1)}.ics`)).toBeNull();
    expect(tokenOfFeedSegment(`${token.slice(1)}!.ics`)).toBeNull();
    expect(tokenOfFeedSegment('.ics')).toBeNull();
  });
});
