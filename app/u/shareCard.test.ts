import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type { PublicProfile } from '@/lib/profile/queries';

const state = vi.hoisted(() => ({
  profile: undefined as PublicProfile | undefined,
  progressFails: false,
  rows: [] as { roadmapId: string; topicId: string; status: string }[],
  ifNoneMatch: null as string | null,
  drawings: 0,
}));
vi.mock('@/lib/profile/public', () => ({
  getPublicProfile: async () => state.profile,
}));
vi.mock('@/lib/progress/queries', () => ({
  getProgressRows: async () => {
    if (state.progressFails) throw new Error('progress unavailable');
    return state.rows;
  },
}));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(state.ifNoneMatch ? { 'if-none-match': state.ifNoneMatch } : {}),
}));
// Counts the cards actually drawn, the costly part.
vi.mock('next/og', async (original) => {
  const { ImageResponse } = await original<typeof import('next/og')>();
  return {
    ImageResponse: class extends ImageResponse {
      constructor(...args: ConstructorParameters<typeof ImageResponse>) {
        super(...args);
        state.drawings += 1;
      }
    },
  };
});

const { default: ProfileImage } = await import('./[login]/opengraph-image');

const profile = (name: string): PublicProfile => ({
  id: 'id',
  login: 'mona',
  name,
  image: null,
  showNotes: false,
  timeZone: 'UTC',
});
const image = (name: string, ifNoneMatch: string | null = null) => {
  state.profile = profile(name);
  state.ifNoneMatch = ifNoneMatch;
  return ProfileImage({ params: Promise.resolve({ login: 'mona' }) });
};

/** Width and height from a PNG's header, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Uint8Array) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, index) => bytes[index] === byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('the Open Graph card of a public profile', () => {
  const fetches: string[] = [];
  beforeAll(() => {
    const realFetch = globalThis.fetch;
    // The renderer loads its own WebAssembly from a data: URL; anything else is the network.
    vi.stubGlobal('fetch', async (url: string | URL | Request, init?: RequestInit) => {
      if (String(url).startsWith('data:')) return realFetch(url, init);
      fetches.push(String(url));
      throw new Error('no network at render time');
    });
  });
  beforeEach(() => {
    fetches.length = 0;
  });
  afterAll(() => vi.unstubAllGlobals());

  it('is a 404 for a private or unknown profile, like the page', async () => {
    state.profile = undefined;
    await expect(ProfileImage({ params: Promise.resolve({ login: 'nobody' }) })).rejects.toThrow(
      'NEXT_HTTP_ERROR_FALLBACK;404',
    );
  });

  it.each([
    ['a Latin name', 'Mona Lisa'],
    ['an emoji', 'Mona 🙂🚀'],
    ['CJK', '山田 太郎'],
    ['right-to-left scripts', 'מונה ليزا'],
    ['Greek and Cyrillic', 'Μόνα Лиза'],
  ])('draws a 1200×630 PNG for %s, without the network', async (_case, name) => {
    const response = await image(name);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    // Kept only by the browser, which asks again before every use (the card may go private).
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({
      width: 1200,
      height: 630,
    });
    expect(fetches).toEqual([]);
  });

  it('answers 304 without drawing while the card is unchanged, and a new ETag once it changes', async () => {
    state.rows = [];
    const first = await image('Mona Etag');
    const tag = first.headers.get('etag')!;
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const drawn = state.drawings;

    const revalidated = await image('Mona Etag', tag);
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(tag);
    expect(revalidated.headers.get('cache-control')).toBe('private, no-cache');
    expect(await revalidated.text()).toBe('');
    // Without the tag, the same card comes from memory: drawn once per server.
    const again = await image('Mona Etag');
    expect(again.status).toBe(200);
    expect(again.headers.get('etag')).toBe(tag);
    expect(state.drawings).toBe(drawn);

    // What the card shows changed (progress, then the name): a new tag, a fresh drawing.
    state.rows = [{ roadmapId: 'backend', topicId: 'internet', status: 'done' }];
    const progressed = await image('Mona Etag', tag);
    expect(progressed.status).toBe(200);
    expect(progressed.headers.get('etag')).not.toBe(tag);
    const renamed = await image('Mona Renamed', progressed.headers.get('etag'));
    expect(renamed.status).toBe(200);
    expect(renamed.headers.get('etag')).not.toBe(progressed.headers.get('etag'));
    expect(state.drawings).toBe(drawn + 2);

    // Gone private: a 404 whatever tag the client holds.
    state.profile = undefined;
    state.ifNoneMatch = renamed.headers.get('etag');
    await expect(ProfileImage({ params: Promise.resolve({ login: 'mona' }) })).rejects.toThrow(
      'NEXT_HTTP_ERROR_FALLBACK;404',
    );
    state.rows = [];
  });

  it('answers a fallback card when drawing the learner’s card fails', async () => {
    state.progressFails = true;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await image('Mona Lisa');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({
        width: 1200,
        height: 630,
      });
      expect(errors).toHaveBeenCalled();
    } finally {
      state.progressFails = false;
      errors.mockRestore();
    }
  });
});
