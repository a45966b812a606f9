type AuditVerdict = { exitCode: 0 | 1; message: string };

type AuditReport = {
  metadata?: { vulnerabilities?: Record<string, number> };
  /** Set when the request failed, e.g. "405 Method Not Allowed - POST https://…". */
  message?: string;
  error?: { code?: string; summary?: string };
};

/** The variable with which a run accepts that the audit may be unable to run (see .ci/run). */
export const ALLOW_UNAUDITED = 'WAYMARK_ALLOW_UNAUDITED';

/**
 * What `npm audit --json` printed, judged: fail on high/critical advisories, and fail when the
 * audit could not run at all — a check that did not happen must not pass as one that did —
 * unless the run says it expects that (`allowUnaudited`), which still prints NOT CHECKED.
 */
export function judgeAudit(
  stdout: string,
  stderr: string,
  { allowUnaudited }: { allowUnaudited: boolean },
): AuditVerdict {
  let report: AuditReport | undefined;
  try {
    report = JSON.parse(stdout) as AuditReport;
  } catch {
    report = undefined;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const reason =
      report?.message ||
      report?.error?.summary ||
      stderr.split('\n').find((line) => /audit|405|ENOTFOUND|ECONN/i.test(line)) ||
      'npm audit gave no report';
    const notChecked = `npm audit NOT CHECKED: the registry did not answer the audit request (${reason.trim()}). Production dependencies were not audited in this run`;
    return allowUnaudited
      ? { exitCode: 0, message: `⚠ ${notChecked}; ${ALLOW_UNAUDITED}=1 lets the run pass.` }
      : {
          exitCode: 1,
          message: `✖ ${notChecked}, so it fails. Audit against a registry that answers, or set ${ALLOW_UNAUDITED}=1 where none does.`,
        };
  }
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  const summary = ['critical', 'high', 'moderate', 'low']
    .map((level) => `${counts[level] ?? 0} ${level}`)
    .join(', ');
  return serious > 0
    ? {
        exitCode: 1,
        message: `✖ npm audit: ${summary} — high or critical advisories must be fixed.`,
      }
    : { exitCode: 0, message: `✓ npm audit: ${summary} in production dependencies.` };
}
