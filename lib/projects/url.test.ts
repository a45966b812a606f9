import { describe, expect, it } from 'vitest';

import { projectUrlField } from './input';
import { projectUrlProblem } from './url';

const refusal = (value: unknown) => {
  const result = projectUrlField.safeParse(value);
  return result.success ? undefined : result.error.issues[0]!.message;
};

describe('project URLs', () => {
  it('accept a full https address, and an empty field as "no link"', () => {
    expect(projectUrlField.parse('https://github.com/mona/file-server')).toBe(
      'https://github.com/mona/file-server',
    );
    expect(projectUrlField.parse('  https://mona.dev/demo?x=1#top  ')).toBe(
      'https://mona.dev/demo?x=1#top',
    );
    expect(projectUrlField.parse('')).toBeNull();
    expect(projectUrlField.parse('   ')).toBeNull();
  });

  it('accept exactly 2,048 characters and refuse 2,049', () => {
    const base = 'https://example.com/';
    expect(projectUrlProblem(base + 'a'.repeat(2048 - base.length))).toBeUndefined();
    expect(refusal(base + 'a'.repeat(2049 - base.length))).toBe(
      'The repository or demo URL is 2049 characters long; Waymark keeps links of up to 2048.',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'http://github.com/mona/project',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.com/file',
    '//github.com/mona',
    'github.com/mona/project',
    'vbscript:msgbox(1)',
  ])('refuse %s: only https links', (value) => {
    expect(refusal(value)).toBe(
      'The repository or demo URL must start with https:// (other kinds of link, such as http:, javascript: or data:, are not accepted).',
    );
  });

  it.each([
    ['https://', 'is not a valid web address.'],
    ['https://exa mple.com', 'must not contain spaces or control characters.'],
    ['https://github.com/\nmona', 'must not contain spaces or control characters.'],
    ['https://[::1', 'is not a valid web address.'],
    ['https://mona:secret@github.com/x', 'must not contain a user name or password.'],
    [
      'https://localhost:3000/',
      'must name a public site (such as https://github.com/you/project).',
    ],
  ])('refuse the malformed %s', (value, problem) => {
    expect(refusal(value)).toBe(`The repository or demo URL ${problem}`);
  });

  it('refuse what is not text', () => {
    expect(refusal(42)).toBe('The repository or demo URL is not text.');
  });
});
