import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * ARCHITECTURE.md's invariant "every write goes through the action pipeline": every export of a
 * `'use server'` module in app/ or lib/ is declared with one of lib/action.ts's factories, which
 * run session → rate limit → input → authorize → handler. Only the exports below are not, each
 * for its reason.
 */
const factories = new Set(['formAction', 'redirectingFormAction', 'userAction', 'openFormAction']);
const notThroughThePipeline: Record<string, string> = {
  // Auth.js's own flows: they write only its session tables, with its own CSRF check.
  'lib/auth/actions.ts:signInWithGitHub': 'starts the OAuth flow',
  'lib/auth/actions.ts:signOutOfWaymark': 'ends the session',
  'lib/auth/actions.ts:endSession': 'ends the session',
  // Writes nothing: the benchmark's empty action, a 404 outside the benchmark.
  'app/bench/actions.ts:doNothing': 'the benchmark baseline',
};

const root = process.cwd();

function serverActionModules(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name),
    )
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((file) => /^\s*['"]use server['"]/.test(readFileSync(join(root, file), 'utf8')));
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** `file:name` of every exported value of a module that no factory declares. */
export function exportsOutsideThePipeline(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const outside: string[] = [];
  for (const statement of tree.statements) {
    if (!isExported(statement)) {
      if (ts.isExportDeclaration(statement) && !statement.isTypeOnly)
        outside.push(`${file}:export {…}`);
      continue;
    }
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        const factory = init && ts.isCallExpression(init) && ts.isIdentifier(init.expression);
        if (!factory || !factories.has((init.expression as ts.Identifier).text))
          outside.push(`${file}:${declaration.name.getText(tree)}`);
      }
    } else if (ts.isFunctionDeclaration(statement)) {
      outside.push(`${file}:${statement.name?.text ?? 'default'}`);
    } else if (!ts.isTypeAliasDeclaration(statement) && !ts.isInterfaceDeclaration(statement)) {
      outside.push(`${file}:${ts.SyntaxKind[statement.kind]}`);
    }
  }
  return outside;
}

describe('every server action runs through the pipeline', () => {
  it('tells a factory-declared action from one written by hand', () => {
    const source = `'use server';
export type Saved = { ok: true };
export const save = formAction('save', schema, handler);
export const typed: TypedAction<typeof schema, Saved> = userAction('typed', schema, handler);
export const raw = async (input: unknown) => db.insert(table).values(input);
export async function alsoRaw() {}`;
    expect(exportsOutsideThePipeline('lib/x/actions.ts', source)).toEqual([
      'lib/x/actions.ts:raw',
      'lib/x/actions.ts:alsoRaw',
    ]);
  });

  it('holds for every server action module in app/ and lib/', () => {
    const modules = [...serverActionModules('app'), ...serverActionModules('lib')];
    expect(modules).toContain('lib/progress/actions.ts');
    const outside = modules.flatMap((file) =>
      exportsOutsideThePipeline(file, readFileSync(join(root, file), 'utf8')),
    );
    expect(outside.sort()).toEqual(Object.keys(notThroughThePipeline).sort());
  });
});
