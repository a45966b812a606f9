/**
 * The shape of a calendar feed's URL, without the crypto (lib/http/request-path.ts reads it at the
 * edge): `/calendar/<token>.ics`, the token 32 random bytes in base64url (43 characters).
 */
export const feedTokenPattern = /^[A-Za-z0-9_-]{43}$/;

export const isFeedSegment = (segment: string) =>
  segment.endsWith('.ics') && feedTokenPattern.test(segment.slice(0, -4));

export const feedPath = (token: string) => `/calendar/${token}.ics`;
