import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type { PublicProfile } from '@/lib/profile/queries';

const state = vi.hoisted(() => ({
  profile: undefined as PublicProfile | undefined,
  progressFails: false,
}));
vi.mock('@/lib/profile/public', () => ({
  getPublicProfile: async () => state.profile,
}));
vi.mock('@/lib/progress/queries', () => ({
  getProgressRows: async () => {
    if (state.progressFails) throw new Error('progress unavailable');
    return [];
  },
}));

const { default: ProfileImage } = await import('./[login]/opengraph-image');

const profile = (name: string): PublicProfile => ({
  id: 'id',
  login: 'mona',
  name,
  image: null,
  showNotes: false,
  timeZone: 'UTC',
});
const image = (name: string) => {
  state.profile = profile(name);
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
  ])('draws a 1200×630 PNG for %s, without the network, never cached', async (_case, name) => {
    const response = await image(name);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({
      width: 1200,
      height: 630,
    });
    expect(fetches).toEqual([]);
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
