/**
 * The Lighthouse leg. Lighthouse's mobile preset slows the CPU 4× and scores what the main thread
 * does, so anything else running on these two cores lowers the score: measured beside other work
 * the same build scored 73–90, alone 99–100. The bench therefore runs this leg last, after every
 * load leg has finished, with the server idle and nothing else measured, and audits each page
 * several times to report the median and the spread.
 */
import { readFileSync } from 'node:fs';

import { systemChromium, systemChromiumArgs } from '../testing/chromium';
import type { LighthouseScores, Report } from './results';

/** Lighthouse's mobile audit (its default) of one page, in a fresh system Chromium. */
export async function auditPage(url: string): Promise<LighthouseScores> {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launch({
    chromePath: systemChromium,
    chromeFlags: ['--headless=new', ...systemChromiumArgs],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    // A failed audit scores null: a harness failure, never a low score.
    if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.message}`);
    const score = (id: string) => {
      const value = categories[id]?.score;
      if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} score for ${url}`);
      return Math.round(value * 100);
    };
    const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      metrics: {
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
      },
    };
  } finally {
    chrome.kill();
  }
}

/** Busy and total CPU time of all cores so far, from /proc/stat (zeros where there is none). */
function cpuTimes(): { busy: number; total: number } {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.slice(1).map(Number);
    const busy = user! + nice! + system! + irq! + softirq! + steal!;
    return { busy, total: busy + idle! + iowait! };
  } catch {
    return { busy: 0, total: 0 };
  }
}

/** Share of all cores (0–1) busy over the next `ms` milliseconds; NaN where /proc is missing. */
export async function machineBusyShare(ms: number): Promise<number> {
  const before = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTimes();
  const total = after.total - before.total;
  return total > 0 ? (after.busy - before.busy) / total : Number.NaN;
}

/** Above this share of busy CPU with the bench idle, other work is running on the machine. */
const QUIET_MACHINE = 0.1;

/**
 * Audits every page `runs` times, one audit at a time, rounds interleaved so that a passing
 * disturbance spreads over pages instead of sinking one. The caller guarantees that nothing else
 * of the bench runs meanwhile. `pages` maps a name to its URL.
 */
export async function runLighthouseLeg(
  pages: Partial<Record<keyof Report['lighthouse']['pages'], string>>,
  runs: number,
): Promise<Report['lighthouse']> {
  // Nothing of the bench runs now: what this sees is other work on the machine.
  const machineBusyBefore = await machineBusyShare(3000);
  if (machineBusyBefore > QUIET_MACHINE) {
    console.warn(
      `[bench] the machine is not quiet: ${Math.round(machineBusyBefore * 100)} % of the CPU was busy before the audits, so Lighthouse will score low; audit on an otherwise idle machine`,
    );
  }
  const results: Report['lighthouse']['pages'] = {};
  for (let round = 0; round < runs; round++) {
    for (const [name, url] of Object.entries(pages) as [keyof typeof pages, string][]) {
      (results[name] ??= []).push(await auditPage(url));
    }
  }
  return { runsPerPage: runs, machineBusyBefore, pages: results };
}
