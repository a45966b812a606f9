import { categoryLabels, ceilingLegNames, judgeGoals, scaleLegNames } from './goals';
import type { LoadResult } from './load';
import { goalCells, goalsSection, judgedBy, type Judged } from './report-goals';
import type { CeilingRun, LighthouseCategory, Report, ScaleRun } from './results';
import { formatBytes, formatCount, formatRatio, markdownTable, median, verdict } from './stats';

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');
const rps = (result: LoadResult) => formatCount(result.rps);

function readersSection(report: Report, judged: Judged) {
  const floor = report.readers.floor;
  const rows = (['home', 'roadmap', 'topic'] as const).map((name) => {
    const result = report.readers[name];
    return [
      name,
      formatBytes(report.readerBytes[name]),
      rps(result),
      ms(result.p50),
      ms(result.p99),
      rps(floor),
      ...goalCells(judged(`readers.${name}.throughput`)),
    ];
  });
  return [
    '## Reader pages through `next start`',
    `Baseline: \`/goodbye\`, a trivial prerendered page of the same app (the framework's floor, ${formatBytes(report.readerBytes.floor)} of HTML): ${rps(floor)} req/s, p50 ${ms(floor.p50)}, p99 ${ms(floor.p99)}. Requests carry no \`Accept-Encoding\`, so HTML travels uncompressed.`,
    markdownTable(
      ['page', 'HTML', 'req/s', 'p50', 'p99', 'floor req/s', 'ratio', 'goal', 'verdict'],
      rows,
    ),
    figuresTable(judged, [['roadmap page HTML (uncompressed)', 'readers.roadmap.html']]),
  ];
}

function cacheSection(report: Report, judged: Judged) {
  const title = '## Reader pages through a shared cache (nginx `proxy_cache`, `bench/nginx.conf`)';
  if (!report.cache.ran) return [title, `**Not run:** ${report.cache.reason}.`];
  const rows = Object.entries(report.cache.pages).map(([name, { cached, bare }]) => [
    name,
    rps(cached),
    ms(cached.p99),
    rps(bare),
    ms(bare.p99),
    ...goalCells(judged(`cache.${name}.throughput`)),
  ]);
  return [
    title,
    'Baseline: a bare `node:http` server answering with the same bytes (the machine’s limit).',
    markdownTable(
      ['page', 'nginx req/s', 'nginx p99', 'bare req/s', 'bare p99', 'ratio', 'goal', 'verdict'],
      rows,
    ),
  ];
}

function cacheabilitySection(report: Report, judged: Judged) {
  const { pages, problems } = report.cacheability;
  return [
    '## Cacheability of every reader page',
    `${pages} pages (home, every roadmap, every topic), each fetched anonymously and with a learner’s session cookie: shared caching allowed by \`Cache-Control\`, no \`Set-Cookie\`, identical HTML. Verdict: ${verdict(judged('cacheability.problems').met)}.`,
    ...(problems.length > 0 ? [problems.map((problem) => `- ${problem}`).join('\n')] : []),
  ];
}

function pageViewSection(report: Report, judged: Judged) {
  const { anonymous, signedIn } = report.pageView;
  return [
    '## Signed-in roadmap page view vs anonymous',
    'A page view is what the browser fetches beyond cached static assets: the prerendered HTML and `/api/me?progress=<roadmap>` (anonymous: no cookie; signed in: one learner’s session per connection, 50 learners). Page views/s are requests/s ÷ 2; latencies are per request of that mix.',
    markdownTable(
      ['', 'page views/s', 'p50', 'p99'],
      [
        ['anonymous', formatCount(anonymous.rps / 2), ms(anonymous.p50), ms(anonymous.p99)],
        ['signed in', formatCount(signedIn.rps / 2), ms(signedIn.p50), ms(signedIn.p99)],
      ],
    ),
    figuresTable(
      judged,
      [
        ['throughput', 'pageView.throughput'],
        ['p99', 'pageView.p99'],
      ],
      'ratio',
    ),
  ];
}

/** One row per judged figure: its label, then its value, goal and verdict. */
function figuresTable(
  judged: Judged,
  figures: [label: string, goalId: string][],
  valueHeading = 'value',
) {
  return markdownTable(
    ['figure', valueHeading, 'goal', 'verdict'],
    figures.map(([label, goalId]) => [label, ...goalCells(judged(goalId))]),
  );
}

/** One row per server action driven by the load test, its baseline first. */
function actionLoadTable(rows: [action: string, result: LoadResult][]) {
  return markdownTable(
    ['action', 'requests', 'req/s', 'p50', 'p95', 'p99', 'errors / non-2xx'],
    rows.map(([action, result]) => [
      action,
      formatCount(result.requests),
      rps(result),
      ms(result.p50),
      ms(result.p95),
      ms(result.p99),
      `${result.errors} / ${result.non2xx}`,
    ]),
  );
}

function writesSection(report: Report, judged: Judged) {
  const { empty, write, historyAdded } = report.writes;
  return [
    `## Progress writes through the real server action (${report.connections} concurrent learners)`,
    'Each connection is one learner toggling one topic between done and in progress with the exact request the browser sends (captured in Chromium), so every write is a real change. Baseline: an empty server action of the same app (`/bench`, served only under the benchmark).',
    actionLoadTable([
      ['empty', empty],
      ['setTopicStatus', write],
    ]),
    figuresTable(judged, [
      ['p95 ratio', 'writes.p95'],
      ['errors and non-2xx', 'writes.errors'],
    ]),
    `History entries added by the write run: ${formatCount(historyAdded)} for ${formatCount(write.requests)} completed requests (${verdict(judged('writes.history').met)}: one entry per accepted write).`,
  ];
}

function checksSection(report: Report, judged: Judged) {
  const { submit, questionsPerSubmission, rowsAdded, topicWeight } = report.checks;
  const empty = report.writes.empty;
  return [
    `## Knowledge-check submissions through the real grading action (${report.connections} concurrent learners)`,
    `Each connection is one learner submitting the topic page's check, every one of its ${questionsPerSubmission} questions answered, with the exact request the browser sends. Baseline: the empty action above.`,
    actionLoadTable([
      ['empty', empty],
      ['gradeCheck', submit],
    ]),
    figuresTable(judged, [
      ['p95 ratio', 'checks.p95'],
      ['errors and non-2xx', 'checks.errors'],
      ['rows stored − questions answered', 'checks.rows'],
      ['topic page scripts added since before checks', 'checks.topicScripts'],
    ]),
    `Answer rows stored: ${formatCount(rowsAdded)}. Topic page as built: ${formatBytes(topicWeight.html)} of HTML and ${formatBytes(topicWeight.scripts)} of client scripts (gzip).`,
  ];
}

function clientJsSection(report: Report, judged: Judged) {
  return [
    '## Client JavaScript (gzip bytes transferred in Chromium)',
    `Baseline: \`/goodbye\`, a near-empty page of the same app: ${formatBytes(report.clientJs.baseline)}.`,
    markdownTable(
      ['page', 'bytes', 'ratio', 'goal', 'verdict'],
      (['home', 'roadmap', 'topic'] as const).map((name) => [
        name,
        formatBytes(report.clientJs[name]),
        ...goalCells(judged(`clientJs.${name}`)),
      ]),
    ),
  ];
}

function htmlSection(report: Report) {
  return [
    '## HTML weight of the roadmap and topic pages',
    'Reported, to show how much markup carries the text; the roadmap page’s size goal is judged above, with the reader pages.',
    markdownTable(
      ['page', 'HTML (gzip)', 'visible text (gzip)', 'ratio', 'HTML uncompressed'],
      (['roadmap', 'topic'] as const).map((name) => {
        const { html, text, rawHtml } = report.htmlWeight[name];
        return [
          name,
          formatBytes(html),
          formatBytes(text),
          formatRatio(html, text),
          formatBytes(rawHtml),
        ];
      }),
    ),
  ];
}

const categories = Object.entries(categoryLabels) as [LighthouseCategory, string][];

/** "99 (97–100)": the median of the runs and their spread; one number when every run agrees. */
function medianAndSpread(values: number[]): string {
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const text = formatCount(median(values));
  return low === high ? text : `${text} (${formatCount(low)}–${formatCount(high)})`;
}

function lighthouseSection(report: Report, judged: Judged) {
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

function scaleSection(report: Report, judged: Judged) {
  const { learners, rows, empty, seeded, plans, seedSeconds } = report.scale;
  const line = (name: string, key: keyof ScaleRun) => [
    name,
    ms(empty[key].p50),
    ms(seeded[key].p50),
    ms(seeded[key].p99),
    ...goalCells(judged(`scale.${key}`)),
  ];
  return [
    '## Scale',
    `Seeded ${formatCount(learners)} more learners × 60 progress rows with one history entry each, a study plan (12 versions), a year of logged time and a calendar feed each, in ${seedSeconds.toFixed(1)} s: ${formatCount(rows.users)} users, ${formatCount(rows.progress)} progress rows, ${formatCount(rows.events)} history entries, ${formatCount(rows.timeEntries)} time entries. Latency at 10 connections, same learners and pages before and after seeding.`,
    markdownTable(
      ['page', 'p50 empty', 'p50 seeded', 'p99 seeded', 'ratio (p50)', 'goal', 'verdict'],
      (Object.keys(scaleLegNames) as (keyof ScaleRun)[]).map((key) =>
        line(scaleLegNames[key], key),
      ),
    ),
    `Query plans on the seeded database (every one uses an index: ${verdict(judged('scale.plans').met)}):`,
    ...Object.entries(plans).map(([name, plan]) => `**${name}**\n\n\`\`\`\n${plan}\n\`\`\``),
  ];
}

function ceilingSection(report: Report, judged: Judged) {
  const { rows, empty, full } = report.ceiling;
  const held = Object.entries(rows)
    .map(([table, count]) => `${formatCount(count)} ${table}`)
    .join(', ');
  return [
    '## A learner at every ceiling',
    `One learner filled to every ceiling of _Limits per learner_ (README) — ${held} — against one with no rows, on the same database, at two connections each.`,
    markdownTable(
      [
        'request',
        'p50 empty',
        'p50 at the ceilings',
        'p99 at the ceilings',
        'ratio (p50)',
        'goal',
        'verdict',
      ],
      (Object.keys(ceilingLegNames) as (keyof CeilingRun)[]).map((key) => [
        ceilingLegNames[key],
        ms(empty[key].p50),
        ms(full[key].p50),
        ms(full[key].p99),
        ...goalCells(judged(`ceiling.${key}`)),
      ]),
    ),
  ];
}

/** The results as Markdown, replacing the previous run's block and keeping any text around it. */
export function writeReport(report: Report, previous: string): string {
  const judgments = judgeGoals(report);
  const judged = judgedBy(judgments);
  const block = [
    START,
    `_Generated by \`${report.command}\` on ${report.date}._`,
    markdownTable(
      ['machine', 'database', 'load'],
      [
        [
          report.machine,
          report.database,
          `${report.connections} connections, ${report.seconds} s per measurement, loopback only`,
        ],
      ],
    ),
    ...goalsSection(report, judgments),
    ...readersSection(report, judged),
    ...cacheSection(report, judged),
    ...cacheabilitySection(report, judged),
    ...pageViewSection(report, judged),
    ...writesSection(report, judged),
    ...checksSection(report, judged),
    ...clientJsSection(report, judged),
    ...htmlSection(report),
    ...lighthouseSection(report, judged),
    ...scaleSection(report, judged),
    ...ceilingSection(report, judged),
    '## Server memory',
    `Peak resident memory of the \`next start\` process group over the run: ${report.memory.peakMiB} MiB.`,
    END,
  ].join('\n\n');
  const start = previous.indexOf(START);
  const end = previous.indexOf(END);
  if (start === -1 || end === -1) return `# Benchmarks\n\n${block}\n`;
  return `${previous.slice(0, start)}${block}${previous.slice(end + END.length)}`;
}
