/** Auth.js's session cookie, under plain HTTP and under HTTPS. */
export const sessionCookieNames = ['authjs.session-token', '__Secure-authjs.session-token'];

/**
 * Whether a session cookie's value could be a token Auth.js issued (a UUID; any URL-safe token is
 * let through). Anything else — NUL bytes, a megabyte, stray encodings — is someone's garbage: it
 * counts as signed out and never reaches a query.
 */
export function isWellFormedSessionToken(value: string): boolean {
  return /^[\w.-]{1,256}$/.test(value);
}
