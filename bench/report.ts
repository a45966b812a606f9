import type { LoadResult } from './load';
import { goalCells, goalsSection, judgedBy, type Judged } from './report-goals';
import { lighthouseSection } from './report-lighthouse';
import { ceilingSection, cohortSection, scaleSection } from './report-scale';
import type { Report } from './results';
import { formatBytes, formatCount, formatMs, formatRatio, markdownTable, verdict } from './stats';
import { judgeGoals } from './verdict';

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';
const rps = (result: LoadResult) => formatCount(result.rps);

function readersSection(report: Report, judged: Judged) {
  const floor = report.readers.floor;
  const rows = (['home', 'roadmap', 'topic'] as const).map((name) => {
    const result = report.readers[name];
    return [
      name,
      formatBytes(report.readerBytes[name]),
      rps(result),
      formatMs(result.p50),
      formatMs(result.p99),
      rps(floor),
      ...goalCells(judged(`readers.${name}.throughput`)),
    ];
  });
  return [
    '## Reader pages through `next start`',
    `Baseline: \`/goodbye\`, a trivial prerendered page of the same app (the framework's floor, ${formatBytes(report.readerBytes.floor)} of HTML): ${rps(floor)} req/s, p50 ${formatMs(floor.p50)}, p99 ${formatMs(floor.p99)}. Requests carry no \`Accept-Encoding\`, so HTML travels uncompressed.`,
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
    formatMs(cached.p99),
    rps(bare),
    formatMs(bare.p99),
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
        [
          'anonymous',
          formatCount(anonymous.rps / 2),
          formatMs(anonymous.p50),
          formatMs(anonymous.p99),
        ],
        [
          'signed in',
          formatCount(signedIn.rps / 2),
          formatMs(signedIn.p50),
          formatMs(signedIn.p99),
        ],
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
      formatMs(result.p50),
      formatMs(result.p95),
      formatMs(result.p99),
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
    ...cohortSection(report, judged),
    '## Server memory',
    `Peak resident memory of the \`next start\` process group over the run: ${report.memory.peakMiB} MiB.`,
    END,
  ].join('\n\n');
  const start = previous.indexOf(START);
  const end = previous.indexOf(END);
  if (start === -1 || end === -1) return `# Benchmarks\n\n${block}\n`;
  return `${previous.slice(0, start)}${block}${previous.slice(end + END.length)}`;
}
