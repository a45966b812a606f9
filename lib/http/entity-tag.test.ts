import { describe, expect, it } from 'vitest';

import { entityTag, matchesIfNoneMatch } from './entity-tag';

describe('entity tags', () => {
  it('are quoted, stable for one description and different for another', () => {
    const tag = entityTag('card of mona at 40%');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(entityTag('card of mona at 40%')).toBe(tag);
    expect(entityTag('card of mona at 41%')).not.toBe(tag);
  });

  it('match an If-None-Match naming them, weakly, in a list, or as *', () => {
    const tag = entityTag('a');
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
    expect(matchesIfNoneMatch(entityTag('b'), tag)).toBe(false);
    expect(matchesIfNoneMatch(tag.slice(1, -1), tag)).toBe(false); // unquoted: not the same tag
  });
});
