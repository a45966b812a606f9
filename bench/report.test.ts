import { describe, expect, it } from 'vitest';

import { goals } from './goals';
import { writeReport } from './report';
import { passingReport, run, scores } from './sample-report';

describe('bench report', () => {
  it('lists every goal of the table with its verdict, and marks a missed one in its section', () => {
    const report = passingReport();
    report.readerBytes.roadmap = 139_776;
    report.lighthouse.pages.topic = [scores(77), scores(80), scores(99)];
    const text = writeReport(report, '');
    for (const goal of goals) expect(text).toContain(`| \`${goal.id}\` |`);
    expect(text).toContain(`${goals.length - 2} of ${goals.length} goals met`);
    expect(text).toContain(
      '| `readers.roadmap.html` | uncompressed HTML bytes of the roadmap page (issue 15) | 136.5 KB | ≤ 50.0 KB | **not met** |',
    );
    expect(text).toContain(
      '| roadmap page HTML (uncompressed) | 136.5 KB | ≤ 50.0 KB | **not met** |',
    );
    expect(text).toContain('| topic | 80 (77–99) **(below goal)** | 100 | 100 | 100 |');
  });

  it('shows both cohorts’ bytes and p50s beside the cohort goals', () => {
    const report = passingReport();
    report.cohort.full.csv = run(40, { p50: 36, p99: 80 });
    const text = writeReport(report, '');
    expect(text).toContain('the owner and 499 members, 32,934 statuses');
    expect(text).toContain(
      '| owner’s cohort page (/cohorts/<cohort>, first page of the grid) | 29.3 KB | 136.7 KB | 40.0 ms | 60.0 ms | 30.0 ms | 1.50× | ≤ 2× | met |',
    );
    expect(text).toContain(
      '| members CSV (/cohorts/<cohort>/members.csv) | 400 B | 35.2 KB | 12.0 ms | 36.0 ms | 80.0 ms | 3.00× | ≤ 2× | **not met** |',
    );
  });

  it('says a quick run’s verdicts are indicative only', () => {
    const report = { ...passingReport(), quick: true };
    report.readers.roadmap = run(10);
    expect(writeReport(report, '')).toContain('**Quick run:**');
  });

  it('replaces only the generated block of an existing file', () => {
    const previous =
      'Hand-written.\n\n<!-- bench:results:start -->\nold\n<!-- bench:results:end -->\n\nAfter.\n';
    const text = writeReport(passingReport(), previous);
    expect(text.startsWith('Hand-written.\n\n<!-- bench:results:start -->\n')).toBe(true);
    expect(text.endsWith('<!-- bench:results:end -->\n\nAfter.\n')).toBe(true);
    expect(text).not.toContain('\nold\n');
  });
});
