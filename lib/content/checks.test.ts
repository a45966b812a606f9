import { describe, expect, it } from 'vitest';

import { fullChecksApply, fullChecksApplyTo, latestDateOnEarth } from './checks';
import { ContentError, type ContentIssue } from './model';
import { parseContent, type ParseOptions } from './parse';
import { projectFile } from './test-fixtures';

const resource = (url: string, type = 'docs') =>
  `  - { title: "A resource", type: ${type}, cost: free, url: "${url}" }\n`;

const goodResources = [
  resource('https://example.org/docs/'),
  resource('https://example.org/course/', 'course'),
  resource('https://example.com/book/', 'book'),
];

/** One roadmap with one topic whose resources and extra front matter each test chooses. */
function files(
  resources = goodResources,
  extra = 'reviewed: 2026-11-30\nreviewer: A. Reader\n',
  project = projectFile('build-it'),
): Map<string, string> {
  return new Map([
    [
      'web/roadmap.md',
      `---\nid: web\ntitle: Web\ntagline: Learn the web.\ndescription: A roadmap.\norder: 1\nsteps: [basics]\n---\nIntro.`,
    ],
    ['web/steps/basics/step.md', `---\nid: basics\ntitle: Basics\nsummary: Start.\ntopics: [http]\n---\n`],
    [
      'web/steps/basics/http.md',
      `---\nid: http\ntitle: HTTP\nsummary: What HTTP is.\nwhy: It matters.\nhours: 2\nconcepts: [Requests, Responses]\nresources:\n${resources.join('')}${extra}---\nThe explanation.\n`,
    ],
    ['web/steps/basics/project.md', project],
  ]);
}

const strict: ParseOptions = { fullChecks: () => true, today: '2026-12-01' };

function problems(input: Map<string, string>, options: ParseOptions = strict): string[] {
  try {
    parseContent(input, 'content/roadmaps', options);
  } catch (error) {
    if (error instanceof ContentError) return error.issues.map((i) => `${i.field}: ${i.message}`);
    throw error;
  }
  return [];
}

describe('content checks', () => {
  it('accept a topic with three good resources and a past review date', () => {
    expect(problems(files())).toEqual([]);
  });

  it('ask for three resources unless fewerResources says why', () => {
    const two = goodResources.slice(0, 2);
    expect(problems(files(two))).toEqual([
      'resources: list at least 3 resources, or say why not in fewerResources',
    ]);
    const reason = 'reviewed: 2026-11-30\nreviewer: A. Reader\nfewerResources: Only two good guides exist.\n';
    expect(problems(files(two, reason))).toEqual([]);
  });

  it('refuse a fewerResources reason on a topic that has three resources', () => {
    const extra = 'reviewed: 2026-11-30\nreviewer: A. Reader\nfewerResources: Stale reason.\n';
    expect(problems(files(goodResources, extra))).toEqual([
      'fewerResources: the topic lists 3 resources: remove the reason',
    ]);
  });

  it('warn about a file nobody reviewed yet, and refuse a review date in the future', () => {
    const warnings: ContentIssue[] = [];
    expect(problems(files(goodResources, ''), { ...strict, warnings })).toEqual([]);
    expect(warnings.map((w) => `${w.field}: ${w.message}`)).toEqual([
      'reviewed: not reviewed yet: a second reader who checks the topic sets reviewed and reviewer',
    ]);
    expect(problems(files(goodResources, 'reviewed: 2026-12-02\nreviewer: A. Reader\n'))).toEqual([
      'reviewed: 2026-12-02 is in the future',
    ]);
  });

  it('refuse a review date without the reviewer who checked the file that day', () => {
    expect(problems(files(goodResources, 'reviewed: 2026-11-30\n'))).toEqual([
      "reviewer: name who checked the topic on 2026-11-30: a person or the reviewing pass's handle",
    ]);
    expect(problems(files(goodResources, undefined, projectFile('build-it', 'reviewed: 2026-11-30\n')))).toEqual([
      "reviewer: name who checked the project on 2026-11-30: a person or the reviewing pass's handle",
    ]);
  });

  it('refuse the same URL twice in one topic', () => {
    const twice = [...goodResources, resource('https://example.org/docs/', 'article')];
    expect(problems(files(twice))).toEqual(['resources.3.url: https://example.org/docs/ is listed twice']);
  });

  it('refuse localhost and IP-address hosts, in resources and items', () => {
    const local = [
      resource('https://localhost:3000/docs/'),
      resource('https://192.168.1.10/guide/', 'article'),
      resource('https://[::1]/guide/', 'article'),
    ];
    const item = 'reviewed: 2026-11-30\nreviewer: A. Reader\nitems:\n  - { name: Tool, note: A tool., url: "https://app.localhost/" }\n';
    expect(problems(files(local, item))).toEqual([
      'resources.0.url: localhost is not a public site name',
      'resources.1.url: 192.168.1.10 is not a public site name',
      'resources.2.url: [::1] is not a public site name',
      'items.0.url: app.localhost is not a public site name',
    ]);
  });

  it('refuse tracking query parameters', () => {
    const tracked = [...goodResources.slice(0, 2), resource('https://example.net/?utm_source=x&id=3&fbclid=y')];
    expect(problems(files(tracked))).toEqual([
      'resources.2.url: remove the tracking parameter utm_source, fbclid',
    ]);
  });

  it('refuse MDN’s old /docs/Learn/ paths but accept /docs/Learn_web_development/', () => {
    const mdn = [
      resource('https://developer.mozilla.org/en-US/docs/Learn'),
      resource('https://developer.mozilla.org/fr/docs/Learn/Server-side', 'course'),
      resource('https://developer.mozilla.org/en-US/docs/Learn_web_development', 'course'),
    ];
    expect(problems(files(mdn))).toEqual([
      'resources.0.url: MDN moved /docs/Learn/ to /docs/Learn_web_development/',
      'resources.1.url: MDN moved /docs/Learn/ to /docs/Learn_web_development/',
    ]);
  });

  it('refuse Docker Hub as docs and Google Summer of Code as a course', () => {
    const mistyped = [
      resource('https://hub.docker.com/'),
      resource('https://summerofcode.withgoogle.com/', 'course'),
      resource('https://docs.docker.com/'),
    ];
    expect(problems(files(mistyped))).toEqual([
      'resources.0.type: not "docs": Docker Hub is an image registry; link docs.docker.com for documentation',
      'resources.1.type: not "course": Google Summer of Code is a paid mentoring programme, not a course',
    ]);
  });

  it('turn full-check problems into warnings for roadmaps not yet held to them', () => {
    const warnings: ContentIssue[] = [];
    const lenient: ParseOptions = { fullChecks: () => false, today: '2026-12-01', warnings };
    expect(problems(files(goodResources.slice(0, 2), ''), lenient)).toEqual([]);
    expect(warnings.map((w) => w.field)).toEqual(['resources', 'reviewed']);
    // Plain mistakes still fail everywhere.
    expect(problems(files(goodResources, 'reviewed: 2027-01-01\nreviewer: A. Reader\n'), lenient)).toEqual([
      'reviewed: 2027-01-01 is in the future',
    ]);
  });

  it('hold projects to the same review rules as topics', () => {
    const warnings: ContentIssue[] = [];
    expect(problems(files(goodResources, undefined, projectFile('build-it', '')), { ...strict, warnings })).toEqual([]);
    expect(warnings.map((w) => `${w.file} › ${w.field}`)).toEqual([
      'content/roadmaps/web/steps/basics/project.md › reviewed',
    ]);
    const future = projectFile('build-it', 'reviewed: 2026-12-02\nreviewer: A. Reader\n');
    expect(problems(files(goodResources, undefined, future))).toEqual([
      'reviewed: 2026-12-02 is in the future',
    ]);
  });

  it('hold the backend roadmap to the full checks', () => {
    expect(fullChecksApply('backend')).toBe(true);
    expect(fullChecksApplyTo === 'all' || !fullChecksApply('some-other-roadmap')).toBe(true);
  });

  it('allow today’s date in the easternmost time zone', () => {
    expect(latestDateOnEarth(new Date('2026-12-01T10:00:00Z'))).toBe('2026-12-02');
    expect(latestDateOnEarth(new Date('2026-12-01T09:59:00Z'))).toBe('2026-12-01');
  });
});
