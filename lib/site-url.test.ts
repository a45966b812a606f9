import {
  PHASE_DEVELOPMENT_SERVER,
  PHASE_PRODUCTION_BUILD,
  PHASE_PRODUCTION_SERVER,
} from 'next/constants';
import { afterEach, describe, expect, it, vi } from 'vitest';

import nextConfig from '../next.config.js';
import { missingSiteUrlWarning, siteOrigin } from './site-url';

describe('the site’s public origin', () => {
  it('is SITE_URL, else Vercel’s production domain, else the local server', () => {
    expect(
      siteOrigin({ SITE_URL: 'https://waymark.dev', VERCEL_PROJECT_PRODUCTION_URL: 'x.app' }),
    ).toBe('https://waymark.dev');
    expect(siteOrigin({ VERCEL_PROJECT_PRODUCTION_URL: 'waymark.vercel.app' })).toBe(
      'https://waymark.vercel.app',
    );
    expect(siteOrigin({ SITE_URL: ' ', VERCEL_PROJECT_PRODUCTION_URL: '' })).toBe(
      'http://localhost:3000',
    );
  });

  it('is warned about when neither setting gives one, naming what it would break', () => {
    for (const unset of [{}, { SITE_URL: '', VERCEL_PROJECT_PRODUCTION_URL: ' ' }]) {
      expect(missingSiteUrlWarning(unset)).toMatch(
        /SITE_URL is not set: a production build made now writes http:\/\/localhost:3000 into its\s+canonical URLs, og:url, link previews, sitemap and robots\.txt/,
      );
    }
    expect(missingSiteUrlWarning({ SITE_URL: 'https://waymark.dev' })).toBeUndefined();
    expect(
      missingSiteUrlWarning({ VERCEL_PROJECT_PRODUCTION_URL: 'waymark.vercel.app' }),
    ).toBeUndefined();
  });
});

describe('next.config.js', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  const warningsIn = (phase: string) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warn.mockClear();
    const config = (nextConfig as unknown as (phase: string) => { poweredByHeader: boolean })(
      phase,
    );
    expect(config.poweredByHeader).toBe(false);
    return warn.mock.calls.map((call) => String(call[0]));
  };

  it('warns a production build without SITE_URL, and nothing else', () => {
    vi.stubEnv('SITE_URL', undefined);
    vi.stubEnv('VERCEL_PROJECT_PRODUCTION_URL', undefined);
    expect(warningsIn(PHASE_PRODUCTION_BUILD)).toEqual([
      expect.stringContaining('SITE_URL is not set'),
    ]);
    expect(warningsIn(PHASE_PRODUCTION_SERVER)).toEqual([]);
    expect(warningsIn(PHASE_DEVELOPMENT_SERVER)).toEqual([]);
    vi.stubEnv('SITE_URL', 'https://waymark.dev');
    expect(warningsIn(PHASE_PRODUCTION_BUILD)).toEqual([]);
  });
});
