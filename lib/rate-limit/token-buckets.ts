import type { RateVerdict } from './policy';

/**
 * Token buckets per key, in memory: each key may spend `perMinute` tokens at once and earns
 * them back at `perMinute` a minute. At most `maxKeys` keys are tracked; past that the least
 * recently seen is forgotten (it starts full again), so memory stays bounded whatever the
 * traffic. Pure: the caller passes the time.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly maxKeys = 10_000,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /**
   * Spends `cost` tokens of `key`'s budget, or says how long until they are earned back. A cost
   * above the whole budget takes the whole budget: it must stay affordable however small the
   * budget is set.
   */
  take(key: string, now: number, cost = 1): RateVerdict {
    const price = Math.min(cost, this.perMinute);
    const seen = this.buckets.get(key);
    const tokens = seen
      ? Math.min(this.perMinute, seen.tokens + (now - seen.at) * this.perMs)
      : this.perMinute;
    this.buckets.delete(key); // re-inserted below: the map's order is least recently seen first
    const allowed = tokens >= price;
    this.buckets.set(key, { tokens: allowed ? tokens - price : tokens, at: now });
    if (this.buckets.size > this.maxKeys) {
      this.buckets.delete(this.buckets.keys().next().value!);
    }
    if (allowed) return { allowed: true };
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((price - tokens) / this.perMs / 1000)),
    };
  }

  get size(): number {
    return this.buckets.size;
  }
}
