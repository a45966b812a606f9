import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

/** The documents a newcomer reads; every file or folder they name in backticks must exist. */
const documents = ['ARCHITECTURE.md', 'README.md', 'CONTENT.md', 'BENCHMARKS.md'];

const topFolders = ['app', 'lib', 'db', 'e2e', 'testing', 'bench', 'scripts', 'content', 'public'];
/** Files at the root; other bare names (`queries.ts`) are named relative to a folder in the text. */
const rootFile =
  /^(?:[A-Z]+\.md|package\.json|tsconfig\.json|proxy\.ts|instrumentation\.ts|[\w-]+\.config\.[cm]?[jt]s)$/;
/** Placeholders (`<topic-id>.md`), globs and elisions describe a shape, not one path. */
const placeholder = /[<>*…{}]/;

/** The repository paths a Markdown document names in inline code: `lib/action.ts`, `db/`. */
export function namedPaths(markdown: string): string[] {
  const tokens = [...markdown.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]!);
  return tokens.filter(
    (token) =>
      !placeholder.test(token) &&
      (topFolders.some((folder) => token.startsWith(`${folder}/`)) || rootFile.test(token)),
  );
}

describe('paths named in the documentation', () => {
  it('finds the paths a document names, and only those', () => {
    expect(
      namedPaths('See `lib/action.ts`, `db/`, `README.md`, `/roadmaps/[roadmap]`, `queries.ts`.'),
    ).toEqual(['lib/action.ts', 'db/', 'README.md']);
    expect(namedPaths('`content/roadmaps/<id>/roadmap.md` and `app/**/*.test.ts`')).toEqual([]);
  });

  for (const document of documents) {
    it(`${document} names only paths that exist`, () => {
      const paths = namedPaths(readFileSync(join(process.cwd(), document), 'utf8'));
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.filter((path) => !existsSync(join(process.cwd(), path)))).toEqual([]);
    });
  }
});
