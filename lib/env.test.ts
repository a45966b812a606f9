import {
  PHASE_DEVELOPMENT_SERVER,
  PHASE_PRODUCTION_BUILD,
  PHASE_PRODUCTION_SERVER,
} from 'next/constants';
import { describe, expect, it, vi } from 'vitest';

import nextConfig from '../next.config.js';
import { parseEnv } from './env';

describe('parseEnv: the local test sign-in', () => {
  const standIn = {
    WAYMARK_LOCAL_SIGNIN: '1',
    AUTH_GITHUB_ENTERPRISE_URL: 'http://127.0.0.1:41234',
  };

  it('is accepted in development, pointed at a stand-in on loopback', () => {
    const env = parseEnv({ ...standIn, NODE_ENV: 'development' });
    expect(env.WAYMARK_LOCAL_SIGNIN).toBe('1');
    expect(parseEnv({ ...standIn, NODE_ENV: undefined }).NODE_ENV).toBe('development');
  });

  it('is refused in production, as `next build` and `next start` run, saying what to do', () => {
    expect(() => parseEnv({ ...standIn, NODE_ENV: 'production' })).toThrow(
      /WAYMARK_LOCAL_SIGNIN[\s\S]*refused outside development \(NODE_ENV is production\)[\s\S]*AUTH_GITHUB_ID and AUTH_GITHUB_SECRET/,
    );
  });

  it('is refused by a production build even when NODE_ENV says development', () => {
    expect(() =>
      parseEnv({ ...standIn, NODE_ENV: 'development' }, { productionBuild: true }),
    ).toThrow(
      /WAYMARK_LOCAL_SIGNIN[\s\S]*a production build \(`next build`\) refuses it, whatever NODE_ENV says[\s\S]*AUTH_GITHUB_ID/,
    );
  });

  it('is refused under any other NODE_ENV too', () => {
    expect(() => parseEnv({ ...standIn, NODE_ENV: 'test' })).toThrow(/NODE_ENV is test/);
  });

  it('is refused unless GitHub is replaced by a stand-in on 127.0.0.1', () => {
    for (const url of [
      undefined,
      'https://github.example.com',
      'http://192.168.1.20:41234',
      'http://0.0.0.0:41234',
      'https://127.0.0.1:41234',
    ]) {
      expect(
        () => parseEnv({ ...standIn, NODE_ENV: 'development', AUTH_GITHUB_ENTERPRISE_URL: url }),
        String(url),
      ).toThrow(/AUTH_GITHUB_ENTERPRISE_URL must be the local GitHub stand-in on loopback/);
    }
  });

  it('leaves every other environment alone, production with an OAuth app included', () => {
    const production = parseEnv({
      NODE_ENV: 'production',
      AUTH_GITHUB_ID: 'id',
      AUTH_GITHUB_SECRET: 'secret',
      AUTH_GITHUB_ENTERPRISE_URL: 'http://127.0.0.1:3199',
    });
    expect(production.WAYMARK_LOCAL_SIGNIN).toBeUndefined();
    expect(() => parseEnv({ NODE_ENV: 'production', WAYMARK_LOCAL_SIGNIN: 'yes' })).toThrow(
      /WAYMARK_LOCAL_SIGNIN/,
    );
  });
});

describe('next.config.js', () => {
  it('tells the bundles of `next build`, and only those, that they are a production build', () => {
    const buildFlag = (phase: string) =>
      (nextConfig as unknown as (phase: string) => { env: Record<string, string> })(phase).env
        .WAYMARK_PRODUCTION_BUILD;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(buildFlag(PHASE_PRODUCTION_BUILD)).toBe('1');
    expect(buildFlag(PHASE_PRODUCTION_SERVER)).toBe('');
    expect(buildFlag(PHASE_DEVELOPMENT_SERVER)).toBe('');
    vi.restoreAllMocks();
  });
});
