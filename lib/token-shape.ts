/**
 * The shape of every secret token Waymark puts in a URL (calendar feeds, cohort invites), without
 * the crypto, so the edge (lib/http/request-path.ts) can judge a path: 32 random bytes in
 * base64url, 43 characters (lib/secret-token.ts makes them).
 */
export const secretTokenPattern = /^[A-Za-z0-9_-]{43}$/;

export const isSecretToken = (segment: string) => secretTokenPattern.test(segment);
