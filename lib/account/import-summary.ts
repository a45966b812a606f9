/** What an import merged, section by section: how many entries were newer, of how many read. */
export type ImportCounts = {
  merged: number;
  entries: number;
  notesMerged: number;
  notes: number;
  projectsMerged: number;
  projects: number;
  checklistsMerged: number;
  checklists: number;
  planRowsMerged: number;
  planRows: number;
};

/**
 * The sentence the settings page shows after an import: topics and notes always, every other
 * section when the file held some of it.
 */
export function importSummary(counts: ImportCounts): string {
  const optional: [string, number, number][] = [
    ['Projects', counts.projectsMerged, counts.projects],
    ['Project checklists', counts.checklistsMerged, counts.checklists],
    ['Plans and logged time', counts.planRowsMerged, counts.planRows],
  ];
  return [
    `Imported: ${counts.merged} of ${counts.entries} topics and ${counts.notesMerged} of ${counts.notes} notes were newer than your account and were merged.`,
    ...optional
      .filter(([, , read]) => read > 0)
      .map(([what, merged, read]) => `${what}: ${merged} of ${read} merged.`),
  ].join(' ');
}
