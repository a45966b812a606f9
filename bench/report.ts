import type { LighthouseScores } from './browser';
import type { LoadResult } from './load';
import {
  formatBytes,
  formatCount,
  formatRatio,
  markdownTable,
  meetsGoal,
  verdict,
  type Goal,
} from './stats';

type PageName = 'home' | 'roadmap' | 'topic';
type ScaleRun = { dashboard: LoadResult; roadmapView: LoadResult };

export type Report = {
  quick: boolean;
  date: string;
  command: string;
  machine: string;
  database: string;
  connections: number;
  seconds: number;
  readers: Record<PageName | 'floor', LoadResult>;
  /** Uncompressed HTML bytes of each page, as the load receives them. */
  readerBytes: Record<PageName | 'floor', number>;
  cache:
    | { ran: true; pages: Record<string, { cached: LoadResult; bare: LoadResult }> }
    | { ran: false; reason: string };
  cacheability: { pages: number; problems: string[] };
  pageView: { anonymous: LoadResult; signedIn: LoadResult };
  writes: { empty: LoadResult; write: LoadResult; historyAdded: number };
  clientJs: Record<PageName | 'baseline', number>;
  htmlWeight: { html: number; text: number; rawHtml: number };
  /** `baseline` is the near-empty page: what the framework scores here before any content. */
  lighthouse: Partial<Record<PageName | 'baseline', LighthouseScores>>;
  scale: {
    learners: number;
    seedSeconds: number;
    rows: { users: number; progress: number; events: number };
    empty: ScaleRun;
    seeded: ScaleRun;
    plans: Record<string, string>;
  };
  memory: { peakMiB: number };
};

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');
const rps = (result: LoadResult) => formatCount(result.rps);

function ratioCells(value: number, baseline: number, goal: Goal) {
  return [
    formatRatio(value, baseline),
    `${goal.op === '>=' ? '≥' : '≤'} ${goal.ratio}×`,
    verdict(meetsGoal(value, baseline, goal)),
  ];
}

function readersSection(report: Report) {
  const floor = report.readers.floor;
  const goal: Goal = { op: '>=', ratio: 0.9 };
  const rows = (['home', 'roadmap', 'topic'] as const).map((name) => {
    const result = report.readers[name];
    return [
      name,
      formatBytes(report.readerBytes[name]),
      rps(result),
      ms(result.p50),
      ms(result.p99),
      rps(floor),
      ...ratioCells(result.rps, floor.rps, goal),
    ];
  });
  return [
    '## Reader pages through `next start`',
    `Baseline: \`/goodbye\`, a trivial prerendered page of the same app (the framework's floor, ${formatBytes(report.readerBytes.floor)} of HTML): ${rps(floor)} req/s, p50 ${ms(floor.p50)}, p99 ${ms(floor.p99)}. Requests carry no \`Accept-Encoding\`, so HTML travels uncompressed.`,
    markdownTable(
      ['page', 'HTML', 'req/s', 'p50', 'p99', 'floor req/s', 'ratio', 'goal', 'verdict'],
      rows,
    ),
  ];
}

function cacheSection(report: Report) {
  const title = '## Reader pages through a shared cache (nginx `proxy_cache`, `bench/nginx.conf`)';
  if (!report.cache.ran) return [title, `**Not run:** ${report.cache.reason}.`];
  const goal: Goal = { op: '>=', ratio: 0.8 };
  const rows = Object.entries(report.cache.pages).map(([name, { cached, bare }]) => [
    name,
    rps(cached),
    ms(cached.p99),
    rps(bare),
    ms(bare.p99),
    ...ratioCells(cached.rps, bare.rps, goal),
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

function cacheabilitySection(report: Report) {
  const { pages, problems } = report.cacheability;
  return [
    '## Cacheability of every reader page',
    `${pages} pages (home, every roadmap, every topic), each fetched anonymously and with a learner’s session cookie: shared caching allowed by \`Cache-Control\`, no \`Set-Cookie\`, identical HTML. Verdict: ${verdict(problems.length === 0)}.`,
    ...(problems.length > 0 ? [problems.map((problem) => `- ${problem}`).join('\n')] : []),
  ];
}

function pageViewSection(report: Report) {
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
    markdownTable(
      ['figure', 'ratio', 'goal', 'verdict'],
      [
        ['throughput', ...ratioCells(signedIn.rps, anonymous.rps, { op: '>=', ratio: 0.35 })],
        ['p99', ...ratioCells(signedIn.p99, anonymous.p99, { op: '<=', ratio: 3 })],
      ],
    ),
  ];
}

function writesSection(report: Report) {
  const { empty, write, historyAdded } = report.writes;
  const failures = write.errors + write.non2xx + empty.errors + empty.non2xx;
  return [
    `## Progress writes through the real server action (${report.connections} concurrent learners)`,
    'Each connection is one learner toggling one topic between done and in progress with the exact request the browser sends (captured in Chromium), so every write is a real change. Baseline: an empty server action of the same app (`/bench`, served only under the benchmark).',
    markdownTable(
      ['action', 'requests', 'req/s', 'p50', 'p95', 'p99', 'errors / non-2xx'],
      [
        [
          'empty',
          formatCount(empty.requests),
          rps(empty),
          ms(empty.p50),
          ms(empty.p95),
          ms(empty.p99),
          `${empty.errors} / ${empty.non2xx}`,
        ],
        [
          'setTopicStatus',
          formatCount(write.requests),
          rps(write),
          ms(write.p50),
          ms(write.p95),
          ms(write.p99),
          `${write.errors} / ${write.non2xx}`,
        ],
      ],
    ),
    markdownTable(
      ['figure', 'ratio', 'goal', 'verdict'],
      [
        ['p95', ...ratioCells(write.p95, empty.p95, { op: '<=', ratio: 1.5 })],
        ['errors', '—', '0', verdict(failures === 0)],
      ],
    ),
    `History entries added by the write run: ${formatCount(historyAdded)} for ${formatCount(write.requests)} completed requests (${verdict(historyAdded === write.requests)}: one entry per accepted write).`,
  ];
}

function clientJsSection(report: Report) {
  const baseline = report.clientJs.baseline;
  const goal: Goal = { op: '<=', ratio: 1.15 };
  return [
    '## Client JavaScript (gzip bytes transferred in Chromium)',
    `Baseline: \`/goodbye\`, a near-empty page of the same app: ${formatBytes(baseline)}.`,
    markdownTable(
      ['page', 'bytes', 'ratio', 'goal', 'verdict'],
      (['home', 'roadmap', 'topic'] as const).map((name) => [
        name,
        formatBytes(report.clientJs[name]),
        ...ratioCells(report.clientJs[name], baseline, goal),
      ]),
    ),
  ];
}

function htmlSection(report: Report) {
  const { html, text, rawHtml } = report.htmlWeight;
  return [
    '## HTML weight of the roadmap page',
    markdownTable(
      ['HTML (gzip)', 'visible text (gzip)', 'ratio', 'HTML uncompressed'],
      [[formatBytes(html), formatBytes(text), formatRatio(html, text), formatBytes(rawHtml)]],
    ),
  ];
}

function lighthouseSection(report: Report) {
  const goals = { performance: 98, accessibility: 100, bestPractices: 100, seo: 100 };
  const rows = Object.entries(report.lighthouse).map(([page, scores]) => [
    page,
    ...(Object.keys(goals) as (keyof typeof goals)[]).map(
      (category) =>
        `${scores[category]}${scores[category] >= goals[category] ? '' : ' **(below goal)**'}`,
    ),
    `${scores.metrics.fcp} / ${scores.metrics.lcp} / ${scores.metrics.tbt} / ${scores.metrics.cls}`,
  ]);
  return [
    '## Lighthouse (mobile, system Chromium)',
    'Goals: performance ≥ 98, accessibility, best practices and SEO 100. `baseline` is `/goodbye`, the near-empty page of the same app: what the framework itself scores on this machine.',
    markdownTable(
      ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP / LCP / TBT / CLS'],
      rows,
    ),
  ];
}

/** A plan that reads a big table without an index is what the scale goal forbids. */
const seqScanOfBigTable = (plan: string) =>
  /Seq Scan on (progress|progress_events|sessions|users|notes)\b/.test(plan);

function scaleSection(report: Report) {
  const { learners, rows, empty, seeded, plans, seedSeconds } = report.scale;
  const goal: Goal = { op: '<=', ratio: 1.5 };
  const line = (name: string, key: keyof ScaleRun) => [
    name,
    ms(empty[key].p50),
    ms(seeded[key].p50),
    ms(seeded[key].p99),
    ...ratioCells(seeded[key].p50, empty[key].p50, goal),
  ];
  return [
    '## Scale',
    `Seeded ${formatCount(learners)} more learners × 60 progress rows with one history entry each in ${seedSeconds.toFixed(1)} s: ${formatCount(rows.users)} users, ${formatCount(rows.progress)} progress rows, ${formatCount(rows.events)} history entries. Latency at 10 connections, same learners and pages before and after seeding.`,
    markdownTable(
      ['page', 'p50 empty', 'p50 seeded', 'p99 seeded', 'ratio (p50)', 'goal', 'verdict'],
      [line('dashboard', 'dashboard'), line('signed-in roadmap view (/api/me)', 'roadmapView')],
    ),
    `Query plans on the seeded database (every one uses an index: ${verdict(!Object.values(plans).some(seqScanOfBigTable))}):`,
    ...Object.entries(plans).map(([name, plan]) => `**${name}**\n\n\`\`\`\n${plan}\n\`\`\``),
  ];
}

/** The results as Markdown, replacing the previous run's block and keeping any text around it. */
export function writeReport(report: Report, previous: string): string {
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
    ...readersSection(report),
    ...cacheSection(report),
    ...cacheabilitySection(report),
    ...pageViewSection(report),
    ...writesSection(report),
    ...clientJsSection(report),
    ...htmlSection(report),
    ...lighthouseSection(report),
    ...scaleSection(report),
    '## Server memory',
    `Peak resident memory of the \`next start\` process group over the run: ${report.memory.peakMiB} MiB.`,
    END,
  ].join('\n\n');
  const start = previous.indexOf(START);
  const end = previous.indexOf(END);
  if (start === -1 || end === -1) return `# Benchmarks\n\n${block}\n`;
  return `${previous.slice(0, start)}${block}${previous.slice(end + END.length)}`;
}
