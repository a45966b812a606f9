import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes (256 bits), base64url: 43 characters (lib/token-shape.ts). */
const TOKEN_BYTES = 32;

export const newSecretToken = () => randomBytes(TOKEN_BYTES).toString('base64url');

/** What the database keeps of a token: its SHA-256, so a copy of the database opens nothing. */
export const hashSecretToken = (token: string) => createHash('sha256').update(token).digest('hex');
