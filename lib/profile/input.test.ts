import { describe, expect, it } from 'vitest';

import { displayableName, profileSettingsInput } from './input';

const override = '\u202E';
const zeroWidth = '\u200B';

describe('display names', () => {
  it('refuses a typed name with invisible characters', () => {
    const result = profileSettingsInput.safeParse({ displayName: `Mona${override}taC` });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('The display name has invisible characters.');
  });

  it('shows a name from elsewhere (GitHub, stored rows) without its invisible characters', () => {
    expect(displayableName(`  Mona${zeroWidth} ${override}taC\u0007 `)).toBe('Mona taC');
    expect(displayableName('Mona\n\tLisa')).toBe('Mona Lisa');
    expect(displayableName(`${override}${zeroWidth}  `)).toBeNull();
    expect(displayableName(null)).toBeNull();
    expect(displayableName(undefined)).toBeNull();
    expect(displayableName('Ünïcode 名前 🙂')).toBe('Ünïcode 名前 🙂');
    expect(displayableName('x'.repeat(200))).toBe('x'.repeat(60));
    // Cut by code point, never through an emoji's surrogate pair.
    expect(displayableName(`${'x'.repeat(59)}🙂🙂`)).toBe(`${'x'.repeat(59)}🙂`);
  });
});
