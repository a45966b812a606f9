import { describe, expect, it } from 'vitest';

import { projectUrlField } from './input';
import { completeProjectUrl, projectLinkView, projectUrlProblem } from './url';

const refusal = (value: unknown) => {
  const result = projectUrlField.safeParse(value);
  return result.success ? undefined : result.error.issues[0]!.message;
};

/** One test per value, each refused with the same problem. */
const refuseEach = (title: string, values: string[], problem: string) =>
  it.each(values)(title, (value) => {
    expect(refusal(value)).toBe(`The repository or demo URL ${problem}`);
  });

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

  it('complete a link typed without a scheme to https://, and judge the completed link', () => {
    expect(projectUrlField.parse('github.com/me/repo')).toBe('https://github.com/me/repo');
    expect(projectUrlField.parse(' //github.com/me/repo ')).toBe('https://github.com/me/repo');
    expect(projectUrlField.parse('github.com:443/me')).toBe('https://github.com:443/me');
    expect(completeProjectUrl('HTTPS://github.com/me')).toBe('HTTPS://github.com/me');
    expect(refusal('localhost/app')).toBe(
      'The repository or demo URL must name a public site (such as https://github.com/you/project).',
    );
    expect(refusal('github.com/me repo')).toBe(
      'The repository or demo URL must not contain spaces or control characters.',
    );
  });

  it('accept exactly 2,048 characters and refuse 2,049', () => {
    const base = 'https://example.com/';
    expect(projectUrlProblem(base + 'a'.repeat(2048 - base.length))).toBeUndefined();
    expect(refusal(base + 'a'.repeat(2049 - base.length))).toBe(
      'The repository or demo URL is 2049 characters long; Waymark keeps links of up to 2048.',
    );
  });

  refuseEach(
    'refuse %s: only https links',
    [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      'http://github.com/mona/project',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.com/file',
      'vbscript:msgbox(1)',
    ],
    'must start with https:// (other kinds of link, such as http:, javascript: or data:, are not accepted).',
  );

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

  it.each([
    ['a right-to-left override', 'https://github.com/mona/\u202Egpj.exe'],
    ['a left-to-right override', 'https://github.com/\u202Dmona'],
    ['a right-to-left isolate', 'https://github.com/mona/\u2067x'],
    ['a right-to-left mark', 'https://github.com/\u200Fmona'],
    ['a zero-width space in the host', 'https://git\u200Bhub.com/mona'],
    ['a zero-width joiner', 'https://github.com/mo\u200Dna'],
    ['a soft hyphen', 'https://github.com/mo\u00ADna'],
    ['a word joiner', 'https://github.com/mo\u2060na'],
    ['a variation selector', 'https://github.com/mona\uFE0F'],
    ['a Hangul filler', 'https://github.com/\u3164'],
    ['a private-use character', 'https://github.com/\uE000'],
  ])('refuse %s', (_, value) => {
    expect(refusal(value)).toBe(
      'The repository or demo URL must not contain invisible or text-direction characters.',
    );
  });

  refuseEach(
    'refuse the IP literal %s',
    [
      'https://127.0.0.1/x',
      'https://2130706433/',
      'https://0x7f.0.0.1/',
      'https://127.1/',
      'https://017700000001/',
      'https://8.8.8.8/',
      'https://[::1]/',
      'https://[2001:db8::1]:8443/x',
      'https://[::ffff:127.0.0.1]/',
    ],
    'must name a site by its domain name, not an IP address.',
  );

  it('accept a host in another script, a host with digits and a path in any script', () => {
    expect(projectUrlProblem('https://g\u0456thub.com/mona')).toBeUndefined();
    expect(projectUrlProblem('https://münchen.de/')).toBeUndefined();
    expect(projectUrlProblem('https://1.2.3.example/')).toBeUndefined();
    expect(projectUrlProblem('https://ja.wikipedia.org/wiki/東京')).toBeUndefined();
  });

  it('refuse what is not text', () => {
    expect(refusal(42)).toBe('The repository or demo URL is not text.');
  });
});

describe('a stored project link as shown', () => {
  it('links to the address as stored, with the text in its ASCII form', () => {
    expect(projectLinkView('https://github.com/mona/file-server')).toEqual({
      href: 'https://github.com/mona/file-server',
      text: 'https://github.com/mona/file-server',
    });
  });

  it('shows a host in another script as punycode, revealing a look-alike', () => {
    expect(projectLinkView('https://g\u0456thub.com/mona/x')).toEqual({
      href: 'https://g\u0456thub.com/mona/x',
      text: 'https://xn--gthub-n2e.com/mona/x',
    });
    expect(projectLinkView('https://münchen.de/').text).toBe('https://xn--mnchen-3ya.de/');
  });

  it.each([
    ['https://github.com/mona/\u202Egpj.exe', 'https://github.com/mona/%E2%80%AEgpj.exe'],
    ['https://127.0.0.1/x', 'https://127.0.0.1/x'],
    ['https://2130706433/', 'https://127.0.0.1/'],
    ['https://mona:secret@github.com/x', 'https://mona:secret@github.com/x'],
  ])('shows %s, stored before the rule that refuses it, as text only', (stored, text) => {
    expect(projectLinkView(stored)).toEqual({ href: undefined, text });
  });

  it('shows what is no URL at all without the characters that would rearrange it', () => {
    expect(projectLinkView('https://\u202Eexe.jpg')).toEqual({
      href: undefined,
      text: 'https://\uFFFDexe.jpg',
    });
  });
});
