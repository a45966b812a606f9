import { createHash } from 'node:crypto';

import { hashSecretToken, newSecretToken } from '@/lib/secret-token';
import { isSecretToken } from '@/lib/token-shape';

import { isFeedSegment } from './feed-path';

/** A feed's token: 256 random bits in base64url, like every secret link of Waymark. */
export const newFeedToken = newSecretToken;

/** What the database keeps of a token: its SHA-256, so a copy of the database subscribes to nothing. */
export const hashFeedToken = hashSecretToken;

/**
 * What sets one feed's event UIDs apart from every other learner's (calendars merge events that
 * share a UID). It comes from the token's stored hash, so every fetch of one feed URL gives the
 * same UIDs, and is hashed again under its own label, so a UID, which travels with any event
 * copied out of the feed, reveals neither the token nor the learner.
 */
export const feedEventKey = (tokenHash: string) =>
  createHash('sha256').update(`calendar event uid:${tokenHash}`).digest('hex').slice(0, 20);

export const isWellFormedFeedToken = isSecretToken;

/** The token in a feed path's last segment (`<token>.ics`), or null when it cannot be one. */
export const tokenOfFeedSegment = (segment: string): string | null =>
  isFeedSegment(segment) ? segment.slice(0, -4) : null;
