import { describe, expect, it } from 'vitest';

import { pathFromReferer, safeRedirectPath } from './redirect';

describe('safeRedirectPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeRedirectPath('/roadmaps/backend')).toBe('/roadmaps/backend');
    expect(safeRedirectPath('/search?q=dns#top')).toBe('/search?q=dns#top');
  });

  it('refuses anything that could leave the site or loop', () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '/.//evil.example',
      '/a/..//evil.example',
      '/%2e//evil.example',
      '/./\\evil.example',
      'javascript:alert(1)',
      '/\t/evil.example',
      'roadmaps',
      '',
      '/signin',
      '/signed-out',
      '/api/auth/signout',
      `/${'a'.repeat(600)}`,
      42,
      undefined,
    ]) {
      expect(safeRedirectPath(value), String(value)).toBe('/');
    }
    expect(safeRedirectPath(null, '/dashboard')).toBe('/dashboard');
  });
});

describe('pathFromReferer', () => {
  it('uses a same-site referer only', () => {
    expect(
      pathFromReferer('http://localhost:3000/roadmaps/backend?x=1', 'http://localhost:3000'),
    ).toBe('/roadmaps/backend?x=1');
    expect(
      pathFromReferer('https://evil.example/roadmaps', 'http://localhost:3000'),
    ).toBeUndefined();
    expect(pathFromReferer('nonsense', 'http://localhost:3000')).toBeUndefined();
    expect(pathFromReferer(null, 'http://localhost:3000')).toBeUndefined();
  });
});
