import { isSecretToken } from '@/lib/token-shape';

/**
 * The shape of a calendar feed's URL, without the crypto (lib/http/request-path.ts reads it at the
 * edge): `/calendar/<token>.ics`, the token a secret token (lib/token-shape.ts).
 */
export const isFeedSegment = (segment: string) =>
  segment.endsWith('.ics') && isSecretToken(segment.slice(0, -4));

export const feedPath = (token: string) => `/calendar/${token}.ics`;
