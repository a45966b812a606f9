import { describe, expect, it } from 'vitest';

import { drawableText, loadCardFont } from './font';

describe('the share card font', () => {
  it('reads which characters it can draw: Latin, Vietnamese and Cyrillic, no emoji or CJK', async () => {
    const { covered, data } = await loadCardFont();
    expect(data.length).toBeLessThan(200_000);
    for (const char of 'AZaz09@%·—’Éøßŝ Ếở Жя')
      expect(covered.has(char.codePointAt(0)!), char).toBe(true);
    for (const char of '🙂山αמل') expect(covered.has(char.codePointAt(0)!), char).toBe(false);
  });

  it('replaces each run of characters it cannot draw with one replacement character', async () => {
    const { covered } = await loadCardFont();
    expect(drawableText('Mona Lisa', covered)).toBe('Mona Lisa');
    expect(drawableText('Mona 🙂🚀 Lisa', covered)).toBe('Mona ? Lisa');
    expect(drawableText('山田 太郎', covered)).toBe('? ?');
    expect(drawableText('Zoë Лиза\tВ', covered)).toBe('Zoë Лиза В');
  });
});
