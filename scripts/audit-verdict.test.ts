import { describe, expect, it } from 'vitest';

import { judgeAudit } from './audit-verdict';

const report = (vulnerabilities: Record<string, number>) =>
  JSON.stringify({ metadata: { vulnerabilities } });

const strict = { allowUnaudited: false };

describe('the audit verdict', () => {
  it('fails on high or critical advisories', () => {
    expect(judgeAudit(report({ high: 1, critical: 0 }), '', strict).exitCode).toBe(1);
    expect(judgeAudit(report({ critical: 2 }), '', strict).message).toMatch(/2 critical/);
  });

  it('passes with only moderate or low advisories, naming them', () => {
    const verdict = judgeAudit(report({ moderate: 3, low: 1, high: 0, critical: 0 }), '', strict);
    expect(verdict).toEqual({
      exitCode: 0,
      message: '✓ npm audit: 0 critical, 0 high, 3 moderate, 1 low in production dependencies.',
    });
  });

  // What npm 11 prints against a registry without the audit endpoint.
  const unanswered = JSON.stringify({
    message:
      '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    statusCode: 405,
    error: { summary: '', detail: '' },
  });

  it('fails when the audit could not run, saying nothing was checked and what to do', () => {
    const verdict = judgeAudit(unanswered, '', strict);
    expect(verdict.exitCode).toBe(1);
    expect(verdict.message).toMatch(/^✖ npm audit NOT CHECKED.*405 Method Not Allowed/);
    expect(verdict.message).toContain('set WAYMARK_ALLOW_UNAUDITED=1 where none does');
    expect(judgeAudit('', 'npm warn audit 405 Method Not Allowed', strict)).toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/405/),
    });
  });

  it('lets a run that expects it pass without an audit, still printing NOT CHECKED', () => {
    const allowed = { allowUnaudited: true };
    const verdict = judgeAudit(unanswered, '', allowed);
    expect(verdict.exitCode).toBe(0);
    expect(verdict.message).toMatch(/^⚠ npm audit NOT CHECKED.*405 Method Not Allowed/);
    // Advisories fail the run all the same.
    expect(judgeAudit(report({ critical: 1 }), '', allowed).exitCode).toBe(1);
  });
});
