import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import type { ContentFiles } from './file-reader';

/**
 * Reads every file below `root` whose name ends with `suffix` (Markdown by default), keyed by its
 * path relative to it with `/` separators.
 */
export function readContentFiles(root: string, suffix = '.md'): ContentFiles {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(suffix)) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
  }
  return files;
}
