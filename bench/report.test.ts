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
