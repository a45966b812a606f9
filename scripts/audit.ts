/**
 * `npm run audit`: `npm audit --omit=dev`, failing on high or critical advisories. Where the
 * registry does not offer the audit endpoint (some mirrors answer 405), it says plainly that
 * nothing was checked and exits 0 — a skipped check is printed, never passed off as clean.
 */
import { spawnSync } from 'node:child_process';

import { judgeAudit } from './audit-verdict';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
const verdict = judgeAudit(run.stdout, run.stderr);
console.log(verdict.message);
process.exitCode = verdict.exitCode;
