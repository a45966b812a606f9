import { describe, expect, it } from 'vitest';

import { ContentError } from './model';
import { parseContent } from './parse';
import { projectFile, topicFile } from './test-fixtures';

function validFiles(): Map<string, string> {
  return new Map([
    [
      'web/roadmap.md',
      `---\nid: web\ntitle: Web\ntagline: Learn the web.\ndescription: A roadmap.\norder: 1\nsteps: [basics, servers]\n---\nIntro.`,
    ],
    [
      'web/steps/basics/step.md',
      `---\nid: basics\nnumber: "1"\ntitle: Basics\nsummary: Start here.\ntopics: [http, dns]\n---\n`,
    ],
    ['web/steps/basics/http.md', topicFile('http')],
    ['web/steps/basics/dns.md', topicFile('dns', 'related: [web/tls]\n')],
    [
      'web/steps/servers/step.md',
      `---\nid: servers\ntitle: Servers\nsummary: Then this.\ntopics: [tls]\n---\n`,
    ],
    ['web/steps/servers/tls.md', topicFile('tls')],
    ['web/steps/basics/project.md', projectFile('build-a-client')],
    ['web/steps/servers/project.md', projectFile('build-a-server')],
  ]);
}

function problemsOf(files: Map<string, string>): string[] {
  try {
    parseContent(files);
  } catch (error) {
    if (error instanceof ContentError) {
      return error.issues.map((i) => `${i.file} › ${i.field ?? ''}: ${i.message}`);
    }
    throw error;
  }
  return [];
}

describe('parseContent', () => {
  it('builds ordered roadmaps with counts, hours and resolved references', () => {
    const [roadmap] = parseContent(validFiles());
    expect(roadmap?.steps.map((step) => step.id)).toEqual(['basics', 'servers']);
    expect(roadmap?.steps[0]?.topics.map((t) => t.id)).toEqual(['http', 'dns']);
    expect(roadmap?.steps[0]?.number).toBe('1');
    expect(roadmap).toMatchObject({ topicCount: 3, hours: 6, intro: 'Intro.' });
    expect(roadmap?.steps[0]?.topics[1]?.related).toEqual([{ roadmapId: 'web', topicId: 'tls' }]);
    expect(roadmap?.steps[0]?.topics[0]?.body).toBe('The explanation of http.');
  });

  it('rejects a topic id used twice in one roadmap, naming the file', () => {
    const files = validFiles();
    files.set('web/steps/servers/step.md', files.get('web/steps/servers/step.md')!.replace('[tls]', '[tls, http]'));
    files.set('web/steps/servers/http.md', topicFile('http'));
    expect(problemsOf(files)).toEqual([
      'content/roadmaps/web/steps/servers/http.md › id: duplicate topic id "http" in roadmap "web"',
      'content/roadmaps/web/steps/servers/http.md › : is not listed by its roadmap.md or step.md (or is misplaced)',
    ]);
  });

  it('rejects a step listed twice', () => {
    const files = validFiles();
    files.set('web/roadmap.md', files.get('web/roadmap.md')!.replace('[basics, servers]', '[basics, servers, basics]'));
    expect(problemsOf(files)).toContain('content/roadmaps/web/roadmap.md › steps: duplicate id "basics"');
  });

  it('keeps the topic ids a roadmap retired, refusing one that is still a topic', () => {
    const files = validFiles();
    const roadmapFile = files.get('web/roadmap.md')!;
    expect(parseContent(files)[0]?.retiredTopics).toEqual([]);
    files.set('web/roadmap.md', roadmapFile.replace('\n---', '\nretiredTopics: [old-http]\n---'));
    expect(parseContent(files)[0]?.retiredTopics).toEqual(['old-http']);
    files.set('web/roadmap.md', roadmapFile.replace('\n---', '\nretiredTopics: [old-http, tls]\n---'));
    expect(problemsOf(files)).toEqual([
      'content/roadmaps/web/roadmap.md › retiredTopics: "tls" is a topic of the roadmap, not a retired one',
    ]);
  });

  it('names the file and field of a missing field', () => {
    const files = validFiles();
    files.set('web/steps/basics/http.md', topicFile('http').replace('why: Why http matters.\n', ''));
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(/^content\/roadmaps\/web\/steps\/basics\/http\.md › why: /),
    ]);
  });

  it('rejects a malformed or non-https URL', () => {
    const files = validFiles();
    files.set('web/steps/basics/http.md', topicFile('http').replace('https://example.org/docs/', 'not a url'));
    files.set('web/steps/basics/dns.md', topicFile('dns').replace('https://example.org/course/', 'http://example.org/'));
    expect(problemsOf(files)).toEqual([
      'content/roadmaps/web/steps/basics/http.md › resources.0.url: must be a full https:// URL',
      'content/roadmaps/web/steps/basics/dns.md › resources.1.url: must be a full https:// URL',
    ]);
  });

  it('rejects an unknown resource type', () => {
    const files = validFiles();
    files.set('web/steps/basics/http.md', topicFile('http').replace('type: docs', 'type: podcast'));
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(/http\.md › resources\.0\.type: .*"docs"/),
    ]);
  });

  it('rejects a reference to an unknown roadmap or topic', () => {
    const files = validFiles();
    files.set('web/steps/basics/http.md', topicFile('http', 'related: [mobile/swift, web/nope]\n'));
    expect(problemsOf(files)).toEqual([
      'content/roadmaps/web/steps/basics/http.md › related.0: unknown roadmap "mobile"',
      'content/roadmaps/web/steps/basics/http.md › related.1: unknown topic "nope" in roadmap "web"',
    ]);
  });

  it('rejects an id that does not match its file name, a missing file and an unlisted file', () => {
    const files = validFiles();
    files.set('web/steps/basics/http.md', topicFile('https'));
    files.delete('web/steps/servers/tls.md');
    files.set('web/steps/servers/draft.md', topicFile('draft'));
    expect(problemsOf(files)).toEqual([
      'content/roadmaps/web/steps/basics/http.md › id: is "https" but must match its name "http"',
      'content/roadmaps/web/steps/servers/tls.md › : file is missing (it is listed by its parent)',
      'content/roadmaps/web/steps/basics/dns.md › related.0: unknown topic "tls" in roadmap "web"',
      'content/roadmaps/web/steps/servers/draft.md › : is not listed by its roadmap.md or step.md (or is misplaced)',
    ]);
  });

  it('reports invalid YAML and an empty explanation', () => {
    const files = validFiles();
    files.set('web/steps/basics/http.md', topicFile('http').replace('hours: 2', 'hours: [2'));
    files.set('web/steps/basics/dns.md', topicFile('dns').replace('The explanation of dns.', ''));
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(/http\.md › front matter: is not valid YAML/),
      'content/roadmaps/web/steps/basics/dns.md › body: write the explanation below the front matter',
    ]);
  });

  it('refuses JavaScript front matter without running it, naming the file', () => {
    const files = validFiles();
    const script = `---js\n{ id: (globalThis.frontMatterRan = 'http'), title: 'HTTP' }\n---\nBody.`;
    files.set('web/steps/basics/http.md', script);
    expect(problemsOf(files)).toEqual([
      'content/roadmaps/web/steps/basics/http.md › front matter: starts with "---js": only YAML ' +
        'front matter is read, opened by a line holding just --- (front matter in another ' +
        'language is never run)',
    ]);
    expect('frontMatterRan' in globalThis).toBe(false);
  });

  it('rejects unknown fields so typos do not pass silently', () => {
    const files = validFiles();
    files.set('web/steps/basics/http.md', topicFile('http', 'hourz: 3\n'));
    expect(problemsOf(files)).toEqual([expect.stringMatching(/http\.md › : Unrecognized key: "hourz"/)]);
  });
});
