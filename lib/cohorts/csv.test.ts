import { describe, expect, it } from 'vitest';

import { gridRow } from '@/testing/grid-rows';

import { csvField, membersCsv, membersCsvName } from './csv';
import type { GridRow } from './grid';

const row = (
  login: string | null,
  done: number[],
  lastActive: Date | null = null,
  more: Partial<GridRow> = {},
): GridRow =>
  gridRow(login, {
    lastActive,
    doneThisWeek: done.reduce((sum, n) => sum + n, 0),
    steps: done.map((n, index) => ({ stepId: `s${index}`, title: `S${index}`, done: n, total: 4 })),
    ...more,
  });

describe('the members’ grid as CSV', () => {
  it('has a header naming each step, then one CRLF-ended row per member in order', () => {
    const csv = membersCsv(
      ['Internet basics', 'Pick a language'],
      [
        row('mona', [4, 1], new Date('2026-12-06T23:30:00Z'), {
          standing: { kind: 'behind', weeks: 2 },
          checks: { attempts: 4, passed: 3, reviewsOverdue: 1 },
          studyTime: { minutes: 150, minutesThisWeek: 30 },
          projects: [
            { title: 'A', url: 'https://github.com/mona/a', done: true },
            { title: 'B', url: 'https://github.com/mona/b', done: false },
          ],
        }),
        row(null, [0, 0]),
      ],
    );
    expect(csv).toBe(
      'Member,Last active (UTC),Done in the last 7 days,Against the schedule,Checks,Study time,Step 1: Internet basics,Step 2: Pick a language,Project links\r\n' +
        'mona,2026-12-06,5,2 weeks behind,"3 of 4 attempts passed, 1 review overdue","2 h 30 min in all, 30 min in the last 7 days",4 of 4,1 of 4,https://github.com/mona/a https://github.com/mona/b\r\n' +
        'A learner,,0,,Not shared,Not shared,0 of 4,0 of 4,\r\n',
    );
  });

  it('is only a header for a cohort nobody has joined', () => {
    expect(membersCsv(['Basics'], [])).toBe(
      'Member,Last active (UTC),Done in the last 7 days,Against the schedule,Checks,Study time,Step 1: Basics,Project links\r\n',
    );
  });

  it('quotes fields holding commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Databases, SQL')).toBe('"Databases, SQL"');
    expect(csvField('the "N+1" problem')).toBe('"the ""N+1"" problem"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('turns what a spreadsheet would run as a formula into text', () => {
    expect(csvField('=HYPERLINK("http://evil.example")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"")"',
    );
    for (const start of ['+', '-', '@', '\t', '\r'])
      expect(csvField(`${start}1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('a-b')).toBe('a-b');
  });

  it.each([
    ['Spring backend 2027', 'spring-backend-2027-members.csv'],
    ['Café «Node» / Evening', 'cafe-node-evening-members.csv'],
    ['"; rm -rf', 'rm-rf-members.csv'],
    ['日本語', 'cohort-members.csv'],
  ])('names the file of cohort %j %j, in safe characters only', (name, file) => {
    expect(membersCsvName(name)).toBe(file);
  });
});
