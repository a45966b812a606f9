/** A piece of a result's title or summary: plain, inline code (`…` in Markdown), matched or not. */
export type Segment = { text: string; code: boolean; match: boolean };

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits a title or summary for display: Markdown inline code loses its backticks and is marked
 * as code, and every whole-word occurrence of a matched term (case-insensitive) is marked as a
 * match. Terms are the words of the text the search matched (MiniSearch's `terms`), so a prefix
 * or a typo in the query still highlights the whole word it found.
 */
export function snippetSegments(text: string, terms: readonly string[]): Segment[] {
  const words = [...new Set(terms.filter((term) => term.trim() !== ''))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const matcher =
    words.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
      : undefined;
  return text
    .split(/`([^`\n]+)`/)
    .flatMap((piece, index) => marked(piece, index % 2 === 1, matcher))
    .filter((segment) => segment.text !== '');
}

function marked(text: string, code: boolean, matcher: RegExp | undefined): Segment[] {
  if (!matcher) return [{ text, code, match: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const found of text.matchAll(matcher)) {
    segments.push({ text: text.slice(last, found.index), code, match: false });
    segments.push({ text: found[0], code, match: true });
    last = found.index + found[0].length;
  }
  segments.push({ text: text.slice(last), code, match: false });
  return segments;
}
