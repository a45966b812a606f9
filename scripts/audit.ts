/**
 * `npm run audit`: `npm audit --omit=dev`, failing on high or critical advisories. Where the
 * registry does not offer the audit endpoint (some mirrors answer 405) it says plainly that nothing
 * was checked and fails, unless WAYMARK_ALLOW_UNAUDITED=1 says the run expects that.
 */
import { spawnSync } from 'node:child_process';

import { ALLOW_UNAUDITED, judgeAudit } from './audit-verdict';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
const verdict = judgeAudit(run.stdout, run.stderr, {
  allowUnaudited: process.env[ALLOW_UNAUDITED] === '1',
});
console.log(verdict.message);
process.exitCode = verdict.exitCode;
