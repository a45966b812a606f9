/**
 * An export file (format version 3) holding only `parts`, as the settings page uploads it, for
 * tests of the import.
 */
export function exportFile(parts: Record<string, unknown>): File {
  const file = {
    format: 'waymark-export',
    version: 3,
    exportedAt: '2026-11-01T10:00:00.000Z',
    profile: { name: null, login: null, timeZone: null, createdAt: '2026-01-01T00:00:00Z' },
    progress: [],
    notes: [],
    history: [],
    ...parts,
  };
  return new File([JSON.stringify(file)], 'export.json');
}
