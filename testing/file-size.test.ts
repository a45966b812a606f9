import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { expect, it } from 'vitest';

/**
 * ARCHITECTURE.md: small modules with one job. No source file is over 250 lines, and no file
 * under app/ over 150 (routes and components read through lib/; logic that grows moves there).
 * Tests, specs and generated files are not counted.
 */
const MAX_LINES = 250;
const MAX_APP_LINES = 150;

const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => /\.(?:ts|tsx|js|mjs|mts)$/.test(file))
  .filter((file) => !/\.(?:test|spec)\.tsx?$/.test(file) && !file.startsWith('content/'));

const linesOf = (file: string) => readFileSync(file, 'utf8').split('\n').length - 1;

it('finds the source files', () => {
  expect(sources).toContain('lib/action.ts');
  expect(sources).toContain('app/layout.tsx');
});

it(`no source file is over ${MAX_LINES} lines, none under app/ over ${MAX_APP_LINES}`, () => {
  const tooLong = sources
    .map((file) => ({ file, lines: linesOf(file) }))
    .filter(({ file, lines }) => lines > (file.startsWith('app/') ? MAX_APP_LINES : MAX_LINES))
    .map(({ file, lines }) => `${file}: ${lines} lines`);
  expect(tooLong).toEqual([]);
});
