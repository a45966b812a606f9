import { parseContentYaml } from './yaml';

/** The front matter's delimiter: a line holding three hyphens and nothing else. */
const delimiter = /^---[ \t]*\r?$/m;
const firstLine = /^([^\n]*)(?:\n|$)/;

/**
 * Splits a content file into its YAML front matter (parsed) and its Markdown body; a file that
 * does not start with `---` has no front matter. Front matter in another language (`---js`,
 * `---json`) is refused rather than read: some front-matter parsers evaluate `---js` as
 * JavaScript, and content must never be able to run code at build or request time. Throws an
 * Error whose message says what is wrong; the caller names the file.
 */
export function splitFrontMatter(source: string): { data: unknown; body: string } {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  if (!text.startsWith('---')) return { data: {}, body: text };
  const opening = firstLine.exec(text)!;
  if (!delimiter.test(opening[1]!)) {
    throw new Error(
      `starts with "${opening[1]!.trim()}": only YAML front matter is read, opened by a line ` +
        'holding just --- (front matter in another language is never run)',
    );
  }
  const rest = text.slice(opening[0].length);
  const closing = delimiter.exec(rest);
  if (!closing) throw new Error('is not closed: end it with a line holding just ---');
  return {
    data: parseContentYaml(rest.slice(0, closing.index)) ?? {},
    body: rest.slice(closing.index + closing[0].length).replace(/^\n/, ''),
  };
}
