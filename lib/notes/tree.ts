/** What the browser knows of a note: when it was saved and, for the topic being read, its text. */
export type NoteSummary = { updatedAt: string; body?: string };
/** Notes by roadmap id, then topic id. */
export type NoteTree = Record<string, Record<string, NoteSummary>>;

/** The tree with one topic's note replaced, or removed when `note` is undefined. */
export function withNote(
  tree: NoteTree,
  roadmapId: string,
  topicId: string,
  note: NoteSummary | undefined,
): NoteTree {
  const topics = { ...tree[roadmapId] };
  if (note) topics[topicId] = note;
  else delete topics[topicId];
  return { ...tree, [roadmapId]: topics };
}
