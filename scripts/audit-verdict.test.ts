import { describe, expect, it } from 'vitest';

import { judgeAudit } from './audit-verdict';

const report = (vulnerabilities: Record<string, number>) =>
  JSON.stringify({ metadata: { vulnerabilities } });

describe('the audit verdict', () => {
  it('fails on high or critical advisories', () => {
    expect(judgeAudit(report({ high: 1, critical: 0 }), '').exitCode).toBe(1);
    expect(judgeAudit(report({ critical: 2 }), '').message).toMatch(/2 critical/);
  });

  it('passes with only moderate or low advisories, naming them', () => {
    const verdict = judgeAudit(report({ moderate: 3, low: 1, high: 0, critical: 0 }), '');
    expect(verdict).toEqual({
      exitCode: 0,
      message: '✓ npm audit: 0 critical, 0 high, 3 moderate, 1 low in production dependencies.',
    });
  });

  it('says plainly that nothing was checked when the endpoint does not answer', () => {
    // What npm 11 prints against a registry without the audit endpoint.
    const verdict = judgeAudit(
      JSON.stringify({
        message:
          '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
        statusCode: 405,
        error: { summary: '', detail: '' },
      }),
      '',
    );
    expect(verdict.exitCode).toBe(0);
    expect(verdict.message).toMatch(/NOT CHECKED.*405 Method Not Allowed/);
    expect(judgeAudit('', 'npm warn audit 405 Method Not Allowed').message).toMatch(/405/);
  });
});
