/** The report's Lighthouse section: the median and spread of each page's runs. */
import { categoryLabels } from './goals';
import type { Judged } from './report-goals';
import type { LighthouseCategory, Report } from './results';
import { formatCount, markdownTable, median } from './stats';

const categories = Object.entries(categoryLabels) as [LighthouseCategory, string][];

/** "99 (97–100)": the median of the runs and their spread; one number when every run agrees. */
function medianAndSpread(values: number[]): string {
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const text = formatCount(median(values));
  return low === high ? text : `${text} (${formatCount(low)}–${formatCount(high)})`;
}

export function lighthouseSection(report: Report, judged: Judged) {
  const { runsPerPage, machineBusyBefore, pages } = report.lighthouse;
  const seconds = (msValue: number) => `${(msValue / 1000).toFixed(1)} s`;
  const rows = Object.entries(pages).map(([page, runs]) => {
    const metric = (key: keyof (typeof runs)[number]['metrics']) =>
      median(runs.map((r) => r.metrics[key]));
    return [
      page,
      ...categories.map(([category]) => {
        const cell = medianAndSpread(runs.map((run) => run[category]));
        const judgment = page === 'baseline' ? undefined : judged(`lighthouse.${page}.${category}`);
        return judgment?.met === false ? `${cell} **(below goal)**` : cell;
      }),
      `${seconds(metric('fcpMs'))} / ${seconds(metric('lcpMs'))} / ${formatCount(Math.round(metric('tbtMs')))} ms / ${metric('cls').toFixed(3)}`,
    ];
  });
  const busy = Number.isFinite(machineBusyBefore)
    ? `${Math.round(machineBusyBefore * 100)} %`
    : 'not measured';
  return [
    '## Lighthouse (mobile preset, system Chromium)',
    `Run last, after every load leg, one audit at a time with the server idle and nothing else of the bench running: ${runsPerPage} run${runsPerPage === 1 ? '' : 's'} per page, shown as the median and, where the runs differ, their spread (min–max); the goals judge the median. Goals: performance ≥ 98, accessibility, best practices and SEO 100. \`baseline\` is \`/goodbye\`, the near-empty page of the same app (not judged; \`noindex\` by design). The machine's CPU was ${busy} busy in the 3 s before the first audit (other work on the machine: Lighthouse scores drop when it is not quiet).`,
    markdownTable(
      ['page', ...categories.map(([, label]) => label), 'FCP / LCP / TBT / CLS (median)'],
      rows,
    ),
  ];
}
