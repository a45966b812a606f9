import 'server-only';

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { fontCoverage } from './font-coverage';

/**
 * The font share cards are drawn with: Geist Regular (SIL Open Font License), which next/og ships
 * and draws with by default. It covers Latin, Vietnamese and Cyrillic in 126 KB; a font for every
 * script (CJK alone is megabytes) would outweigh the card, so other characters are replaced.
 */
const fontFile = join(
  process.cwd(),
  'node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf',
);

export type CardFont = { name: string; data: Buffer; covered: ReadonlySet<number> };

let loading: Promise<CardFont> | undefined;

/** The card font and the characters it can draw, read once per server. */
export function loadCardFont(): Promise<CardFont> {
  if (!loading) {
    loading = readFile(fontFile).then((data) => ({
      name: 'Geist',
      data,
      covered: fontCoverage(data),
    }));
    // A failed read is tried again by the next card rather than remembered.
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

/** Shown for a run of characters the font cannot draw. */
const REPLACEMENT = '?';

/**
 * The text with every run of characters the font cannot draw replaced by one REPLACEMENT: the
 * image renderer would otherwise download a font or emoji for them from a third party, with the
 * learner's text in the request, and answer nothing when it cannot.
 */
export function drawableText(text: string, covered: ReadonlySet<number>): string {
  let drawn = '';
  let replacing = false;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const space = /\s/u.test(char);
    if (space || covered.has(code)) {
      drawn += space ? ' ' : char;
      replacing = false;
    } else if (!replacing) {
      drawn += REPLACEMENT;
      replacing = true;
    }
  }
  return drawn;
}
