import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { topicChecks } from './checks-content';
import { expect, test } from './fixtures';

/**
 * Issue 20: the correct answers and explanations never reach the browser before the learner
 * submits. Searches what `next build` made for browsers — every prerendered page (HTML and RSC
 * payloads) and every client chunk — for each explanation, and for each prompt as a control that
 * the search finds text that is there.
 */
const build = join(process.cwd(), '.next');

function filesBelow(dir: string, suffixes: string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && suffixes.some((suffix) => entry.name.endsWith(suffix)))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A text as it would appear in a page or chunk: as is, HTML-escaped (React's way) or in JSON. */
const formsOf = (text: string) => [
  ...new Set([
    text,
    text
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&#x27;'),
    JSON.stringify(text).slice(1, -1),
  ]),
];

test('no explanation is in a prerendered page or a client chunk, while every prompt is', () => {
  const pages = filesBelow(join(build, 'server', 'app'), ['.html', '.rsc']);
  const chunks = filesBelow(join(build, 'static'), ['.js']);
  expect(pages.length).toBeGreaterThan(100);
  expect(chunks.length).toBeGreaterThan(5);
  test.setTimeout(300_000);
  // Segment files repeat the page payloads: each distinct content is searched once.
  const sent = [...new Set([...pages, ...chunks].map((file) => readFileSync(file, 'utf8')))].join(
    '\n',
  );

  const found = (text: string) => formsOf(text).some((form) => sent.includes(form));

  const checks = [...topicChecks.values()];
  const prompts = checks.flatMap((check) => check.questions.map((q) => q.prompt));
  const options = checks.flatMap((check) => check.questions.flatMap((q) => q.options));
  expect(options.length).toBeGreaterThan(0);
  // The control: the search finds what the page does show.
  expect(prompts.filter((prompt) => !found(prompt))).toEqual([]);
  // A sentence one check explains with and another asks as an option is public by design.
  const shown = new Set([...prompts, ...options.map((o) => o.text)]);
  // The correct options' explanations first, then every other one.
  const leaked = [...options.filter((o) => o.correct), ...options.filter((o) => !o.correct)]
    .map((o) => o.explanation)
    .filter((explanation) => !shown.has(explanation) && found(explanation));
  expect(leaked).toEqual([]);
});
