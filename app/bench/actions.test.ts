import { afterEach, describe, expect, it, vi } from 'vitest';

/** The action as a server started with `WAYMARK_BENCH=value` (unset: undefined) loads it. */
async function doNothingWith(value: string | undefined) {
  vi.resetModules();
  vi.stubEnv('WAYMARK_BENCH', value);
  return (await import('./actions')).doNothing;
}

afterEach(() => vi.unstubAllEnvs());

describe('the benchmark’s empty action', () => {
  it('answers 404 outside the benchmark, like /bench itself', async () => {
    const doNothing = await doNothingWith(undefined);
    await expect(doNothing()).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  });

  it('does nothing, successfully, under the benchmark', async () => {
    const doNothing = await doNothingWith('1');
    await expect(doNothing()).resolves.toBeUndefined();
  });
});
