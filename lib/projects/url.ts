import { MAX_PROJECT_URL_LENGTH } from './status';

/**
 * The problem with a repository or demo URL a learner typed, or undefined when it can be shown as
 * a link: a full https:// address of a named host, at most 2,048 characters, with no spaces and no
 * user name or password in it (a link to `https://user:secret@host` leaks the secret to every
 * visitor). Pure: the server runs it before saving, the content of a link is never trusted.
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
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid web address.';
  }
  if (url.username || url.password) return 'must not contain a user name or password.';
  if (!url.hostname.includes('.') && !url.hostname.startsWith('[')) {
    return 'must name a public site (such as https://github.com/you/project).';
  }
  return undefined;
}

/** The message a form shows for a refused link, naming the field. */
export const projectUrlMessage = (problem: string) => `The repository or demo URL ${problem}`;
