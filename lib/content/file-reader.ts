import type { z } from 'zod';

import { splitFrontMatter } from './front-matter';
import type { ContentIssue } from './model';

/** Content files keyed by their path below the content root, e.g. `backend/steps/apis/rest.md`. */
export type ContentFiles = ReadonlyMap<string, string>;

type Parsed<T> = { data: T; body: string } | undefined;

/**
 * Reads content files one at a time into checked front matter and a body, and keeps every issue
 * found, located by file and field. It remembers which files were read, so the files no
 * roadmap.md or step.md lists can be reported at the end.
 */
export class ContentFileReader {
  private readonly used = new Set<string>();
  /** Folders whose roadmap.md or step.md could not be read: their files are not "unlisted". */
  private readonly unreadableFolders: string[] = [];

  constructor(
    private readonly files: ContentFiles,
    private readonly root: string,
    private readonly issues: ContentIssue[],
  ) {}

  has(path: string) {
    return this.files.has(path);
  }

  /** Reads one file; `expectedId` is the id its name gives (projects name theirs freely). */
  parse<S extends z.ZodType<{ id: string }>>(
    path: string,
    schema: S,
    expectedId?: string,
  ): Parsed<z.output<S>> {
    const source = this.files.get(path);
    if (source === undefined) {
      this.issue(path, undefined, 'file is missing (it is listed by its parent)');
      return undefined;
    }
    this.used.add(path);
    let file: { data: unknown; body: string };
    try {
      file = splitFrontMatter(source);
    } catch (error) {
      this.issue(path, 'front matter', (error as Error).message);
      this.unreadableFolders.push(path.slice(0, path.lastIndexOf('/') + 1));
      return undefined;
    }
    const result = schema.safeParse(file.data);
    if (!result.success) {
      for (const problem of result.error.issues) {
        this.issue(path, problem.path.join('.') || undefined, problem.message);
      }
      this.unreadableFolders.push(path.slice(0, path.lastIndexOf('/') + 1));
      return undefined;
    }
    if (expectedId !== undefined && result.data.id !== expectedId) {
      this.issue(path, 'id', `is "${result.data.id}" but must match its name "${expectedId}"`);
    }
    return { data: result.data, body: file.body.trim() };
  }

  reportDuplicates(path: string, field: string, ids: string[]) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) this.issue(path, field, `duplicate id "${id}"`);
      seen.add(id);
    }
  }

  reportUnlistedFiles() {
    for (const path of this.files.keys()) {
      const parentUnreadable = this.unreadableFolders.some((folder) => path.startsWith(folder));
      if (!this.used.has(path) && !parentUnreadable) {
        this.issue(path, undefined, 'is not listed by its roadmap.md or step.md (or is misplaced)');
      }
    }
  }

  issue(path: string, field: string | undefined, message: string) {
    this.issues.push(this.located(path, field, message));
  }

  located(path: string, field: string | undefined, message: string): ContentIssue {
    return { file: `${this.root}/${path}`, field, message };
  }
}
