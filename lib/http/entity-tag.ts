import { createHash } from 'node:crypto';

/**
 * Kept by the browser alone — never by a shared cache, which could go on serving an answer after
 * it stopped being public — and checked with the server, by its ETag, before every use.
 */
export const revalidateEveryUse = 'private, no-cache';

/** A strong ETag for an answer fully described by `description`: equal exactly when it is. */
export function entityTag(description: string): string {
  return `"${createHash('sha256').update(description).digest('base64url')}"`;
}

/**
 * Whether an If-None-Match header names `tag`, so a 304 may answer instead (RFC 9110 §13.1.2:
 * `*`, or a list compared weakly, `W/` ignored).
 */
export function matchesIfNoneMatch(header: string | null, tag: string): boolean {
  if (header === null) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === tag);
}
