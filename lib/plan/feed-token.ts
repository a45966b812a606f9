import { createHash, randomBytes } from 'node:crypto';

import { feedTokenPattern, isFeedSegment } from './feed-path';

/** 32 random bytes (256 bits), base64url: 43 characters. */
const TOKEN_BYTES = 32;

export const newFeedToken = () => randomBytes(TOKEN_BYTES).toString('base64url');

/** What the database keeps of a token: its SHA-256, so a copy of the database subscribes to nothing. */
export const hashFeedToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const isWellFormedFeedToken = (token: string) => feedTokenPattern.test(token);

/** The token in a feed path's last segment (`<token>.ics`), or null when it cannot be one. */
export const tokenOfFeedSegment = (segment: string): string | null =>
  isFeedSegment(segment) ? segment.slice(0, -4) : null;
