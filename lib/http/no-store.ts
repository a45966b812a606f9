/** Personal answers (and any answer about a personal request) are never stored by a cache. */
export const noStore = 'private, no-store';

export const noStoreHeaders = { 'Cache-Control': noStore } as const;
