import 'server-only';

import { createHash } from 'node:crypto';

import { renderNoteHtml } from './markdown';

/** Rendered notes kept in memory, in characters of HTML: a few megabytes at most. */
const MAX_CACHED_CHARACTERS = 4_000_000;

// Keyed by a hash of the text, so an edited note (a new revision) misses and an unchanged one is
// never rendered twice; a Map keeps insertion order, so re-inserting on a hit makes it an LRU.
const rendered = new Map<string, string>();
let cachedCharacters = 0;

/**
 * The note's HTML, rendered once per revision and reused by every request after: public pages
 * (anyone can request a shared roadmap) cost a hash and a lookup per note, not a Markdown parse.
 */
export function renderedNote(body: string): string {
  const key = createHash('sha256').update(body).digest('base64');
  const hit = rendered.get(key);
  if (hit !== undefined) {
    rendered.delete(key);
    rendered.set(key, hit);
    return hit;
  }
  const html = renderNoteHtml(body);
  rendered.set(key, html);
  cachedCharacters += html.length;
  for (const [oldest, value] of rendered) {
    if (cachedCharacters <= MAX_CACHED_CHARACTERS) break;
    rendered.delete(oldest);
    cachedCharacters -= value.length;
  }
  return html;
}
