import { describe, expect, it } from 'vitest';

import { TokenBuckets } from './token-buckets';

describe('TokenBuckets', () => {
  it('allows a burst of the whole budget, then one request per earned token', () => {
    const buckets = new TokenBuckets(60); // one a second
    const at = 1_000_000;
    for (let n = 0; n < 60; n++) expect(buckets.take('a', at)).toEqual({ allowed: true });
    expect(buckets.take('a', at)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(buckets.take('b', at)).toEqual({ allowed: true }); // each key its own budget
    expect(buckets.take('a', at + 999)).toMatchObject({ allowed: false });
    expect(buckets.take('a', at + 1_000)).toEqual({ allowed: true });
    expect(buckets.take('a', at + 1_000)).toMatchObject({ allowed: false });
    // Earned back in full after a minute, and never more than the budget.
    for (let n = 0; n < 60; n++) expect(buckets.take('a', at + 600_000).allowed).toBe(true);
    expect(buckets.take('a', at + 600_000).allowed).toBe(false);
  });

  it('says how long until the next request is allowed', () => {
    const buckets = new TokenBuckets(6); // one every 10 s
    for (let n = 0; n < 6; n++) buckets.take('a', 0);
    expect(buckets.take('a', 0)).toEqual({ allowed: false, retryAfterSeconds: 10 });
    expect(buckets.take('a', 7_500)).toEqual({ allowed: false, retryAfterSeconds: 3 });
  });

  it('charges a costly request several tokens, and at most the whole budget', () => {
    const buckets = new TokenBuckets(60); // one a second
    expect(buckets.take('a', 0, 50)).toEqual({ allowed: true });
    expect(buckets.take('a', 0, 20)).toEqual({ allowed: false, retryAfterSeconds: 10 });
    for (let n = 0; n < 10; n++) expect(buckets.take('a', 0)).toEqual({ allowed: true });
    expect(buckets.take('b', 0, 1_000)).toEqual({ allowed: true });
    expect(buckets.take('b', 0)).toMatchObject({ allowed: false });
    expect(buckets.take('b', 60_000, 1_000)).toEqual({ allowed: true });
  });

  it('tracks a bounded number of keys, forgetting the least recently seen', () => {
    const buckets = new TokenBuckets(1, 3);
    for (const key of ['a', 'b', 'c']) buckets.take(key, 0);
    buckets.take('a', 0); // refused, and now the most recently seen
    buckets.take('d', 0);
    expect(buckets.size).toBe(3);
    expect(buckets.take('a', 0).allowed).toBe(false); // still remembered
    expect(buckets.take('b', 0).allowed).toBe(true); // forgotten: starts full again
  });
});
