import { describe, expect, it } from 'vitest';

import { decodeSegments, judgePath } from './request-path';

describe('decodeSegments', () => {
  it('decodes every segment', () => {
    expect(decodeSegments('/u/caf%C3%A9/backend')).toEqual(['u', 'café', 'backend']);
    expect(decodeSegments('/')).toEqual([]);
    expect(decodeSegments('/u/octocat/')).toEqual(['u', 'octocat']);
  });

  it.each(['/roadmaps/%E0%A4%A', '/roadmaps/%ZZ', '/roadmaps/backend/%C0%AF', '/u/%', '/x/%FF%FE'])(
    'refuses %s, which is not percent-encoded UTF-8',
    (path) => expect(decodeSegments(path)).toBeNull(),
  );
});

describe('judgePath', () => {
  it.each([
    '/',
    '/roadmaps/backend',
    '/roadmaps/backend/client-server-model',
    '/roadmaps/backend/client-server-model/note',
    '/roadmaps/backend/projects/build-a-static-file-server',
    '/roadmaps/backend/steps/databases/status',
    '/roadmaps/%5Broadmap%5D/steps/%5Bstep%5D/status', // where Next forwards a server action
    '/roadmaps/backend/about',
    '/roadmaps/%5Broadmap%5D/projects/%5Bproject%5D',
    '/share/javascript-backend',
    '/u/octocat',
    '/u/Octo-Cat-42',
    '/u/octocat/opengraph-image',
    '/u/octocat/backend',
    '/u/octocat/backend/opengraph-image',
    '/dashboard',
    '/no-such-page',
    '/caf%C3%A9',
    '/roadmaps/%5Broadmap%5D/%5Btopic%5D/note', // where Next forwards a server action
    '/u/%5Blogin%5D/%5Broadmap%5D',
    `/calendar/${'A'.repeat(40)}-_x.ics`,
  ])('lets %s through', (path) => expect(judgePath(path)).toBe('ok'));

  it.each(['/roadmaps/%ZZ', '/share/%E0%A4%A', '/u/someone/%ZZ', '/roadmaps/backend/%FF%FE/note'])(
    'answers %s with a bad request',
    (path) => expect(judgePath(path)).toBe('bad-request'),
  );

  it.each([
    '/u/%00',
    '/u/%00/opengraph-image',
    '/u/a%20b',
    `/u/${'a'.repeat(40)}`,
    '/u/octocat/..%2F..%2Fetc%2Fpasswd',
    '/u/octocat/Backend',
    '/u/octocat/backend/extra',
    '/u/octocat/opengraph-image/opengraph-image',
    '/u/%E2%80%AEevil',
    '/share/%27%20or%201%3D1--',
    '/roadmaps/%3Cscript%3E',
    '/roadmaps/backend/topic%00',
    '/roadmaps/backend/topic/not-note',
    '/roadmaps/backend/projects/Not_A_Project',
    '/roadmaps/backend/projects/%3Cscript%3E',
    '/roadmaps/backend/projects/build-it/extra',
    '/roadmaps/backend/projects/build-it/note',
    '/roadmaps/backend/steps/databases',
    '/roadmaps/backend/steps/Not_A_Step/status',
    '/roadmaps/backend/steps/databases/status/extra',
    '/roadmaps/backend/steps/databases/note',
    '/calendar/short.ics',
    `/calendar/${'A'.repeat(43)}`,
    `/calendar/${'A'.repeat(42)}%25.ics`,
    `/calendar/${'A'.repeat(43)}.ics/more`,
  ])('answers %s with not found, before any query', (path) =>
    expect(judgePath(path)).toBe('not-found'),
  );
});
