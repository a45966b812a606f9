type AuditVerdict = { exitCode: 0 | 1; message: string };

type AuditReport = {
  metadata?: { vulnerabilities?: Record<string, number> };
  /** Set when the request failed, e.g. "405 Method Not Allowed - POST https://…". */
  message?: string;
  error?: { code?: string; summary?: string };
};

/** What `npm audit --json` printed, judged: fail on high/critical, say so when it did not run. */
export function judgeAudit(stdout: string, stderr: string): AuditVerdict {
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
    return {
      exitCode: 0,
      message: `⚠ npm audit NOT CHECKED: the registry did not answer the audit request (${reason.trim()}). Production dependencies were not audited in this run.`,
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
