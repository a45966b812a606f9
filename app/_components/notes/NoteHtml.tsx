/**
 * A learner's note, already rendered by lib/notes/markdown.ts (which escapes raw HTML and empties
 * unsafe URLs): on the server from the per-revision cache, in the editor's preview directly.
 */
export function NoteHtml({ html }: { html: string }) {
  return <div className="prose-waymark" dangerouslySetInnerHTML={{ __html: html }} />;
}
