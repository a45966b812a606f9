import { describe, expect, it } from 'vitest';

import { ContentError } from './model';
import { parseContent } from './parse';
import { projectFile, topicFile } from './test-fixtures';

/** Two steps, each with one topic and one project. */
function files(): Map<string, string> {
  return new Map([
    [
      'web/roadmap.md',
      `---\nid: web\ntitle: Web\ntagline: Learn.\ndescription: A roadmap.\norder: 1\nsteps: [basics, servers]\n---\nIntro.`,
    ],
    ['web/steps/basics/step.md', `---\nid: basics\ntitle: Basics\nsummary: Start.\ntopics: [http]\n---\n`],
    ['web/steps/basics/http.md', topicFile('http')],
    ['web/steps/basics/project.md', projectFile('build-a-client')],
    ['web/steps/servers/step.md', `---\nid: servers\ntitle: Servers\nsummary: Then.\ntopics: [tls]\n---\n`],
    ['web/steps/servers/tls.md', topicFile('tls')],
    ['web/steps/servers/project.md', projectFile('build-a-server')],
  ]);
}

const strict = { fullChecks: () => true, today: '2026-12-01' };

function problemsOf(input: Map<string, string>): string[] {
  try {
    parseContent(input, 'content/roadmaps', strict);
  } catch (error) {
    if (error instanceof ContentError) {
      return error.issues.map((i) => `${i.file.replace('content/roadmaps/', '')} › ${i.field ?? ''}: ${i.message}`);
    }
    throw error;
  }
  return [];
}

const withProject = (step: string, source: string) => {
  const input = files();
  input.set(`web/steps/${step}/project.md`, source);
  return input;
};

describe('step projects', () => {
  it('close every step, read with their lists, hours and brief', () => {
    const [roadmap] = parseContent(files(), 'content/roadmaps', strict);
    const project = roadmap!.steps[0]!.project;
    expect(project).toMatchObject({
      id: 'build-a-client',
      title: 'Build build-a-client',
      hours: 6,
      anyLanguage: false,
      reviewed: '2026-11-30',
      body: 'Build build-a-client.',
    });
    expect(project.requirements).toHaveLength(4);
    expect(project.acceptance[0]).toBe('`curl -i localhost:8080/` answers 200');
    expect(project.stretch).toEqual(['Add caching headers', 'Serve ranges']);
    // Project hours are the learner's build time, not study time: the step's hours stay its topics'.
    expect(roadmap!.steps[0]!.hours).toBe(2);
  });

  it('are required: a step without project.md is refused', () => {
    const input = files();
    input.delete('web/steps/servers/project.md');
    expect(problemsOf(input)).toEqual([
      'web/steps/servers/project.md › : every step needs its project: write project.md',
    ]);
  });

  it('refuse a project id used by another project or by a topic of the roadmap', () => {
    expect(problemsOf(withProject('servers', projectFile('build-a-client')))).toEqual([
      'web/steps/servers/project.md › id: duplicate project id "build-a-client" in roadmap "web"',
    ]);
    expect(problemsOf(withProject('basics', projectFile('tls')))).toEqual([
      'web/steps/basics/project.md › id: "tls" is already a topic id in roadmap "web"',
    ]);
    expect(problemsOf(withProject('basics', projectFile('Not_An_Id')))).toEqual([
      'web/steps/basics/project.md › id: use lowercase letters, digits and single hyphens',
    ]);
  });

  it.each(['projects', 'about'])('refuse a topic id that would hide behind the %s page', (id) => {
    const input = files();
    input.set('web/steps/basics/step.md', input.get('web/steps/basics/step.md')!.replace('[http]', `[http, ${id}]`));
    input.set(`web/steps/basics/${id}.md`, topicFile(id));
    expect(problemsOf(input)).toContain(
      `web/steps/basics/${id}.md › id: "${id}" is the URL segment of a page of its own`,
    );
  });

  it('bound every list, the hours and the brief', () => {
    const base = projectFile('build-a-client');
    const cases: [string, string][] = [
      [base.replace('hours: 6', 'hours: 81'), 'hours: Too big: expected number to be <=80'],
      [base.replace('hours: 6', 'hours: 0'), 'hours: Too small: expected number to be >=1'],
      [base.replace(/  - It logs each request\n  - It stops cleanly on Ctrl-C\n/, ''), 'requirements: list at least 4'],
      [base.replace('  - Serve ranges\n', ''), 'stretch: list at least 2'],
      [base.replace('  - Serve ranges\n', '  - Serve ranges\n  - Three\n  - Four\n'), 'stretch: list at most 3'],
      [base.replace('  - A missing path answers 404\n', ''), 'acceptance: list at least 2'],
      [base.replace('title: Build build-a-client', `title: ${'x'.repeat(121)}`), 'title: Too big: expected string to have <=120 characters'],
      [base.replace('hours: 6', 'hours: 6\nextra: nope'), ': Unrecognized key: "extra"'],
      [base.replace('hours: 6', 'hours: 6\nanyLanguage: false'), 'anyLanguage: Invalid input: expected true'],
    ];
    for (const [source, message] of cases) {
      expect(problemsOf(withProject('basics', source)), message).toEqual([
        `web/steps/basics/project.md › ${message}`,
      ]);
    }
    const longBrief = projectFile('build-a-client', 'reviewed: 2026-11-30\nreviewer: A. Reader\n', 'x'.repeat(1201));
    expect(problemsOf(withProject('basics', longBrief))).toEqual([
      'web/steps/basics/project.md › body: the brief has 1201 characters; keep it to 1200',
    ]);
    expect(problemsOf(withProject('basics', projectFile('build-a-client', 'reviewed: 2026-11-30\nreviewer: A. Reader\n', '')))).toEqual([
      'web/steps/basics/project.md › body: write the brief below the front matter',
    ]);
  });

  it('say "any language" for a whole roadmap or for none of its projects', () => {
    const anyLanguage = (id: string) => projectFile(id, 'anyLanguage: true\nreviewed: 2026-11-30\nreviewer: A. Reader\n');
    const input = withProject('basics', anyLanguage('build-a-client'));
    expect(problemsOf(input)).toEqual([
      'web/steps/servers/project.md › anyLanguage: set it the same way on every project of the roadmap',
    ]);
    input.set('web/steps/servers/project.md', anyLanguage('build-a-server'));
    const [roadmap] = parseContent(input, 'content/roadmaps', strict);
    expect(roadmap!.steps.map((step) => step.project.anyLanguage)).toEqual([true, true]);
  });
});
