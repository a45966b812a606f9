import { describe, expect, it } from 'vitest';

import { cleanQueryValue } from './query-value';

describe('cleanQueryValue', () => {
  it('takes the first of a repeated parameter and trims it', () => {
    expect(cleanQueryValue(['  sql ', 'dns'], 200)).toBe('sql');
    expect(cleanQueryValue(undefined, 200)).toBe('');
    expect(cleanQueryValue(null, 200)).toBe('');
  });

  it('strips control and direction-override characters', () => {
    expect(cleanQueryValue('a\u0000b\u0007c\u202ed\u2066e\u009f', 200)).toBe('abcde');
  });

  it('caps the length', () => {
    expect(cleanQueryValue('x'.repeat(100_000), 200)).toHaveLength(200);
  });

  it('keeps ordinary text in any script', () => {
    expect(cleanQueryValue('Вход 数据库 مرحبا', 200)).toBe('Вход 数据库 مرحبا');
  });
});
