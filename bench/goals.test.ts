import { describe, expect, it } from 'vitest';

import { goals, TOPIC_SCRIPTS_BEFORE_CHECKS } from './goals';
import { cohortRun, passingReport, run, scores } from './sample-report';
import { benchOutcome, judgeGoals, type Judgment } from './verdict';

const failing = (judgments: Judgment[]) =>
  judgments.filter((j) => j.met !== true).map((j) => j.goal.id);

describe('bench goals', () => {
  it('name every goal once, including issue 15’s roadmap page budget', () => {
    const ids = goals.map((goal) => goal.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(goals.find((g) => g.id === 'readers.roadmap.html')).toMatchObject({
      direction: 'at most',
      threshold: 50 * 1024,
    });
    expect(goals.find((g) => g.id === 'readers.roadmap.throughput')).toMatchObject({
      direction: 'at least',
      threshold: 0.6,
    });
  });

  it('all hold on a run that meets them, and a full run then exits 0', () => {
    const judgments = judgeGoals(passingReport());
    expect(failing(judgments)).toEqual([]);
    expect(benchOutcome(false, judgments)).toEqual({
      exitCode: 0,
      lines: [`passed: ${goals.length} of ${goals.length} goals met`],
    });
  });

  it('fail the full run on the roadmap page recorded on 2026-11-30 (136.5 KB, 0.21× the floor)', () => {
    const report = passingReport();
    report.readerBytes.roadmap = 139_776;
    report.readers.roadmap = run(346);
    const judgments = judgeGoals(report);
    expect(failing(judgments)).toEqual(['readers.roadmap.throughput', 'readers.roadmap.html']);
    const outcome = benchOutcome(false, judgments);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines).toEqual([
      `FAILED: ${goals.length - 2} of ${goals.length} goals met`,
      'not met: readers.roadmap.throughput',
      'not met: readers.roadmap.html',
    ]);
  });

  it('never let a quick run’s figures decide its exit code', () => {
    const report = passingReport();
    report.readerBytes.roadmap = 139_776;
    report.cache = { ran: false, reason: 'nginx is not installed' };
    const outcome = benchOutcome(true, judgeGoals(report));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.lines[0]).toMatch(/^quick run: .* does not judge its figures\)$/);
  });

  it('count a goal at its threshold as met, either direction', () => {
    const report = passingReport();
    report.readerBytes.roadmap = 50 * 1024;
    report.readers.home = run(report.readers.floor.rps * 0.9);
    report.writes.write = run(181, { p95: 1.5 * report.writes.empty.p95 });
    report.writes.historyAdded = report.writes.write.requests;
    expect(failing(judgeGoals(report))).toEqual([]);
    report.readerBytes.roadmap += 1;
    report.writes.write = run(181, { p95: 1.51 * report.writes.empty.p95 });
    expect(failing(judgeGoals(report))).toEqual(['readers.roadmap.html', 'writes.p95']);
  });

  it('fail a full run on a leg that did not run, and say it was not measured', () => {
    const report = passingReport();
    report.cache = { ran: false, reason: 'nginx is not installed' };
    report.lighthouse.pages = { roadmap: report.lighthouse.pages.roadmap };
    report.writes.empty = run(274, { p95: 0 });
    const judgments = judgeGoals(report);
    const unmeasured = judgments.filter((j) => j.met === undefined).map((j) => j.goal.id);
    expect(unmeasured).toEqual([
      'cache.home.throughput',
      'cache.roadmap.throughput',
      'cache.topic.throughput',
      'writes.p95',
      'checks.p95',
      ...['home', 'topic'].flatMap((page) =>
        ['performance', 'accessibility', 'bestPractices', 'seo'].map(
          (c) => `lighthouse.${page}.${c}`,
        ),
      ),
    ]);
    const outcome = benchOutcome(false, judgments);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines).toContain('not measured: cache.home.throughput');
  });

  it('hold check submissions to the write budget, one row per answer and 5 KB of topic script', () => {
    const report = passingReport();
    report.checks.submit = run(200, { p95: 1.51 * report.writes.empty.p95 });
    report.checks.rowsAdded =
      report.checks.submit.requests * report.checks.questionsPerSubmission + 1;
    report.checks.topicWeight.scripts = TOPIC_SCRIPTS_BEFORE_CHECKS + 5 * 1024 + 1;
    expect(failing(judgeGoals(report))).toEqual([
      'checks.p95',
      'checks.rows',
      'checks.topicScripts',
    ]);
    report.checks = passingReport().checks;
    report.checks.submit = { ...report.checks.submit, non2xx: 1 };
    report.checks.rowsAdded = report.checks.submit.requests * report.checks.questionsPerSubmission;
    expect(failing(judgeGoals(report))).toEqual(['checks.errors']);
  });

  it('hold a full cohort’s page and CSV to twice the p50 of a cohort of 5 (issue 29)', () => {
    const report = passingReport();
    const { small } = report.cohort;
    report.cohort.full = cohortRun(
      499,
      { page: 2 * small.page.p50, csv: 2 * small.csv.p50 },
      report.cohort.full.bytes,
    );
    expect(failing(judgeGoals(report))).toEqual([]);
    report.cohort.full = cohortRun(
      499,
      { page: 2.01 * small.page.p50, csv: 2.01 * small.csv.p50 },
      report.cohort.full.bytes,
    );
    expect(failing(judgeGoals(report))).toEqual(['cohort.page', 'cohort.csv']);
  });

  it('judge Lighthouse by the median run, so one disturbed run cannot decide', () => {
    const report = passingReport();
    report.lighthouse.pages.roadmap = [scores(73), scores(99), scores(100)];
    expect(failing(judgeGoals(report))).toEqual([]);
    report.lighthouse.pages.roadmap = [scores(73), scores(97), scores(100)];
    expect(failing(judgeGoals(report))).toEqual(['lighthouse.roadmap.performance']);
  });

  it('count write errors, history mismatches, cacheability problems and unindexed plans', () => {
    const report = passingReport();
    report.writes.write = { ...report.writes.write, non2xx: 1 };
    report.writes.historyAdded = report.writes.write.requests - 1;
    report.cacheability.problems = ['/: sets a cookie'];
    report.scale.plans.dashboard = 'Seq Scan on progress  (cost=0.00..1.00 rows=1 width=1)';
    expect(failing(judgeGoals(report))).toEqual([
      'cacheability.problems',
      'writes.errors',
      'writes.history',
      'scale.plans',
    ]);
  });
});
