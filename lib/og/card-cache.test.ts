import { describe, expect, it, vi } from 'vitest';

import { cachedCard } from './card-cache';

const png = (byte: number) => new Uint8Array([byte]).buffer;

describe('cachedCard', () => {
  it('draws a card once per tag, shares a drawing under way, and forgets a failed one', async () => {
    const draw = vi.fn(async () => png(1));
    const [first, second] = await Promise.all([cachedCard('a', draw), cachedCard('a', draw)]);
    expect(await cachedCard('a', draw)).toBe(first);
    expect(second).toBe(first);
    expect(draw).toHaveBeenCalledTimes(1);

    await expect(cachedCard('b', () => Promise.reject(new Error('font')))).rejects.toThrow('font');
    await Promise.resolve();
    expect(new Uint8Array(await cachedCard('b', async () => png(2)))).toEqual(new Uint8Array([2]));
  });

  it('keeps the 100 most recently used cards', async () => {
    const draw = vi.fn(async () => png(0));
    for (let n = 0; n < 100; n++) await cachedCard(`card-${n}`, draw);
    await cachedCard('card-0', draw); // used again: now the most recent
    await cachedCard('card-100', draw); // one too many: card-1, the least recent, goes
    expect(draw).toHaveBeenCalledTimes(101);
    await cachedCard('card-0', draw);
    expect(draw).toHaveBeenCalledTimes(101);
    await cachedCard('card-1', draw);
    expect(draw).toHaveBeenCalledTimes(102);
  });
});
