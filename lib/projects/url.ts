import { MAX_PROJECT_URL_LENGTH } from './status';

/**
 * A link as the learner means it: `github.com/me/repo` (or `//github.com/me/repo`) is completed to
 * `https://github.com/me/repo`; a link that names its scheme is left as typed for
 * {@link projectUrlProblem} to judge. A scheme is letters before a colon with no dot among them,
 * so `github.com:443/me` is a host with a port, not a scheme. Every door applies it before the
 * rule: the form, the browser's merge and an import.
 */
export function completeProjectUrl(value: string): string {
  if (value === '' || /^[a-z][a-z0-9+-]*:/i.test(value)) return value;
  return `https://${value.replace(/^\/\//, '')}`;
}

/**
 * The problem with a repository or demo URL a learner typed, or undefined when it can be shown as
 * a link: a full https:// address of a host named by its domain, at most 2,048 characters, with no
 * spaces and no user name or password in it (a link to `https://user:secret@host` leaks the secret
 * to every visitor). Invisible and direction-changing characters are refused because they make a
 * link read as something else (`…\u202Egpj.exe` shows as "…exe.jpg"), and IP addresses because
 * they name no site a visitor could recognise. Pure: the server runs it before saving, the content
 * of a link is never trusted.
 */
export function projectUrlProblem(value: string): string | undefined {
  if (value.length > MAX_PROJECT_URL_LENGTH) {
    return `is ${value.length} characters long; Waymark keeps links of up to ${MAX_PROJECT_URL_LENGTH}.`;
  }
  if (!/^https:\/\//i.test(value)) {
    return 'must start with https:// (other kinds of link, such as http:, javascript: or data:, are not accepted).';
  }
  if (/[\s\u0000-\u001f\u007f]/.test(value))
    return 'must not contain spaces or control characters.';
  if (invisible.test(value)) {
    return 'must not contain invisible or text-direction characters.';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid web address.';
  }
  if (url.username || url.password) return 'must not contain a user name or password.';
  // The URL parser writes every IPv4 form (2130706433, 0x7f.1, 127.1) as dotted decimal.
  if (url.hostname.startsWith('[') || /^[\d.]+$/.test(url.hostname)) {
    return 'must name a site by its domain name, not an IP address.';
  }
  if (!url.hostname.includes('.')) {
    return 'must name a public site (such as https://github.com/you/project).';
  }
  return undefined;
}

/**
 * Format characters (zero-width spaces and joiners, bidirectional marks, overrides and isolates,
 * the soft hyphen), line and paragraph separators, private-use characters, variation selectors,
 * the combining grapheme joiner and the Hangul fillers: all render as nothing or rearrange the text
 * around them.
 */
const invisible = /[\p{Cf}\p{Zl}\p{Zp}\p{Co}\u034f\u115f\u1160\u3164\uffa0\ufe00-\ufe0f]/u;

/**
 * How a stored link is shown: always as its ASCII form, so a host in another script appears as
 * punycode (`https://xn--gthub-n2e.com/`, not a look-alike of github.com) and characters in the
 * path as percent escapes. A link stored before today's rule that breaks it is shown as that text
 * alone, never as a link.
 */
export function projectLinkView(stored: string): { href: string | undefined; text: string } {
  let text: string;
  try {
    text = new URL(stored).href;
  } catch {
    // Not a URL at all, so not linked either (the rule refuses it): shown with what would hide or
    // rearrange text replaced.
    text = stored.replace(new RegExp(invisible.source, 'gu'), '\ufffd');
  }
  return { href: projectUrlProblem(stored) ? undefined : stored, text };
}

/** The message a form shows for a refused link, naming the field. */
export const projectUrlMessage = (problem: string) => `The repository or demo URL ${problem}`;
