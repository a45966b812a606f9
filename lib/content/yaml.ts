import { parse } from 'yaml';

/**
 * YAML as every content file is read (front matter and knowledge checks): YAML 1.2's core schema,
 * which has no tag that runs code or builds objects, a key written twice refused rather than the
 * last one kept, and errors that point at the line.
 */
export function parseContentYaml(source: string): unknown {
  try {
    return parse(source, { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw new Error(`is not valid YAML: ${(error as Error).message}`);
  }
}
