/** Pure helpers of the benchmark: percentiles, ratios against a baseline, goals and tables. */

/** The q-th percentile (0–100) of the samples, by the nearest-rank method. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((q / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The middle sample (the mean of the two middle ones for an even count); NaN for none. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const formatRatio = (value: number, baseline: number) =>
  baseline === 0 || !Number.isFinite(value / baseline) ? '—' : `${(value / baseline).toFixed(2)}×`;

export const verdict = (met: boolean | undefined) =>
  met === undefined ? 'not measured' : met ? 'met' : '**not met**';

/** A Markdown table; cells are escaped so a `|` in a value cannot break the row. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]) {
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** 1234567 → "1,234,567"; fractional values keep one decimal. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '—';
  return n.toLocaleString('en', { maximumFractionDigits: n < 100 ? 1 : 0 });
}

/** 12.345 → "12.3 ms"; "—" when not measured. */
export const formatMs = (value: number) =>
  Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—';

export const formatBytes = (bytes: number) =>
  bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
