import { signedOutPath } from '@/lib/routes';

const MAX_PATH_LENGTH = 512;

/**
 * Where to send a learner after signing in: a path on this site, or the fallback. Rejects absolute
 * and protocol-relative URLs (`//evil.example`, `/\evil.example`) so sign-in cannot become an open
 * redirect.
 */
export function safeRedirectPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > MAX_PATH_LENGTH) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  const base = 'http://waymark.invalid';
  const url = new URL(value, base);
  if (url.origin !== base) return fallback;
  // Signing in from the sign-out confirmation must not return to it ("You are signed out").
  const nowhere = url.pathname.startsWith('/signin') || url.pathname === signedOutPath;
  if (nowhere || url.pathname.startsWith('/api/')) return fallback;
  // Normalising can itself produce `//host` (`/.//evil.example`): check what is returned.
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith('//') || path.startsWith('/\\') ? fallback : path;
}

/** The path of a same-site Referer header, so a no-JavaScript sign-in returns to its page. */
export function pathFromReferer(referer: string | null, siteOrigin: string): string | undefined {
  if (!referer) return undefined;
  try {
    const url = new URL(referer);
    return url.origin === siteOrigin ? `${url.pathname}${url.search}` : undefined;
  } catch {
    return undefined;
  }
}
