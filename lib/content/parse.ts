import type { z } from 'zod';

import { reservedRoadmapSegments } from '@/lib/routes';

import { baselineProblems, fullChecksApply, fullProblems, reviewProblems } from './checks';
import { splitFrontMatter } from './front-matter';
import {
  ContentError,
  type ContentIssue,
  type Project,
  type Roadmap,
  type Step,
  type Topic,
} from './model';
import {
  projectFrontMatterSchema,
  roadmapFrontMatterSchema,
  stepFrontMatterSchema,
  topicFrontMatterSchema,
} from './schema';


/** The file in every step folder that holds the step's project. */
export const PROJECT_FILE = 'project.md';
const MAX_PROJECT_BRIEF = 1200;

/** Content files keyed by their path below the content root, e.g. `backend/steps/apis/rest.md`. */
export type ContentFiles = ReadonlyMap<string, string>;

type Parsed<T> = { data: T; body: string } | undefined;

export type ParseOptions = {
  /** Roadmaps held to the full checks; defaults to `fullChecksApplyTo` in checks.ts. */
  fullChecks?: (roadmapId: string) => boolean;
  /** Receives the full-check problems of the other roadmaps instead of failing on them. */
  warnings?: ContentIssue[];
  /**
   * The latest acceptable review date (YYYY-MM-DD). `content:check` passes today's; the app's own
   * loading does not judge dates, so a test with a frozen clock still reads the content.
   */
  today?: string;
};

/**
 * Builds every roadmap from its files, or throws a ContentError naming each broken file and field.
 * Pure: the caller reads the files, so tests can hand in a few strings.
 */
export function parseContent(
  files: ContentFiles,
  root = 'content/roadmaps',
  options: ParseOptions = {},
): Roadmap[] {
  const issues: ContentIssue[] = [];
  const reader = new ContentReader(files, root, issues, options);
  const roadmapIds = [...new Set([...files.keys()].map((path) => path.split('/')[0]!))];
  const roadmaps = roadmapIds
    .map((id) => reader.roadmap(id))
    .filter((roadmap): roadmap is Roadmap => roadmap !== undefined);

  checkRelatedTopics(roadmaps, reader);
  reader.reportUnlistedFiles();
  if (issues.length > 0) throw new ContentError(issues);
  return roadmaps.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

class ContentReader {
  private readonly used = new Set<string>();
  /** Folders whose roadmap.md or step.md could not be read: their files are not "unlisted". */
  private readonly unreadableFolders: string[] = [];
  /** Where each topic was read from, for messages about its fields after parsing. */
  readonly topicFiles = new Map<Topic, string>();
  private readonly projectFiles = new Map<Project, string>();

  constructor(
    private readonly files: ContentFiles,
    private readonly root: string,
    private readonly issues: ContentIssue[],
    private readonly options: ParseOptions,
  ) {}

  roadmap(folder: string): Roadmap | undefined {
    const path = `${folder}/roadmap.md`;
    const parsed = this.parse(path, roadmapFrontMatterSchema, folder);
    if (!parsed) return undefined;
    const { steps: stepIds, ...fields } = parsed.data;
    this.reportDuplicates(path, 'steps', stepIds);
    const topicIds = new Set<string>();
    const steps = stepIds
      .map((stepId) => this.step(folder, stepId, topicIds))
      .filter((step): step is Step => step !== undefined);
    this.checkProjectIds(folder, steps, topicIds);
    return {
      ...fields,
      intro: parsed.body,
      steps,
      topicCount: steps.reduce((sum, step) => sum + step.topics.length, 0),
      hours: steps.reduce((sum, step) => sum + step.hours, 0),
    };
  }

  private step(roadmapId: string, stepId: string, roadmapTopicIds: Set<string>): Step | undefined {
    const folder = `${roadmapId}/steps/${stepId}`;
    const parsed = this.parse(`${folder}/step.md`, stepFrontMatterSchema, stepId);
    if (!parsed) return undefined;
    const { topics: topicIds, ...fields } = parsed.data;
    const topics: Topic[] = [];
    for (const topicId of topicIds) {
      const path = `${folder}/${topicId}.md`;
      if (reservedRoadmapSegments.includes(topicId)) {
        this.issue(path, 'id', `"${topicId}" is the URL segment of a page of its own`);
        continue;
      }
      if (roadmapTopicIds.has(topicId)) {
        this.issue(path, 'id', `duplicate topic id "${topicId}" in roadmap "${roadmapId}"`);
        continue;
      }
      roadmapTopicIds.add(topicId);
      const topic = this.topic(roadmapId, path, topicId);
      if (topic) topics.push(topic);
    }
    const project = this.project(roadmapId, `${folder}/${PROJECT_FILE}`);
    if (!project) return undefined;
    return {
      ...fields,
      topics,
      project,
      hours: topics.reduce((sum, topic) => sum + topic.hours, 0),
    };
  }

  private project(roadmapId: string, path: string): Project | undefined {
    if (!this.files.has(path)) {
      this.issue(path, undefined, `every step needs its project: write ${PROJECT_FILE}`);
      return undefined;
    }
    const parsed = this.parse(path, projectFrontMatterSchema);
    if (!parsed) return undefined;
    if (parsed.body === '') this.issue(path, 'body', 'write the brief below the front matter');
    if (parsed.body.length > MAX_PROJECT_BRIEF) {
      this.issue(path, 'body', `the brief has ${parsed.body.length} characters; keep it to ${MAX_PROJECT_BRIEF}`);
    }
    const { fullChecks = fullChecksApply, warnings, today } = this.options;
    const { baseline, full } = reviewProblems(parsed.data.reviewed, today, 'project');
    for (const { field, message } of baseline) this.issue(path, field, message);
    if (fullChecks(roadmapId)) for (const { field, message } of full) this.issue(path, field, message);
    else warnings?.push(...full.map(({ field, message }) => this.located(path, field, message)));
    const { anyLanguage, ...fields } = parsed.data;
    const project = { ...fields, anyLanguage: anyLanguage === true, body: parsed.body };
    this.projectFiles.set(project, path);
    return project;
  }

  /**
   * Project ids are URL segments beside topic ids and keys of learners' saved projects: unique
   * in the roadmap and never a topic's id. A roadmap's projects agree on `anyLanguage`: it says
   * something about the roadmap (any language, or one), not about a single project.
   */
  private checkProjectIds(roadmapId: string, steps: Step[], topicIds: Set<string>) {
    const seen = new Set<string>();
    for (const { project } of steps) {
      const path = this.projectFiles.get(project)!;
      if (topicIds.has(project.id)) {
        this.issue(path, 'id', `"${project.id}" is already a topic id in roadmap "${roadmapId}"`);
      } else if (seen.has(project.id)) {
        this.issue(path, 'id', `duplicate project id "${project.id}" in roadmap "${roadmapId}"`);
      }
      seen.add(project.id);
      if (project.anyLanguage !== steps[0]!.project.anyLanguage) {
        this.issue(path, 'anyLanguage', 'set it the same way on every project of the roadmap');
      }
    }
  }

  private topic(roadmapId: string, path: string, topicId: string): Topic | undefined {
    const parsed = this.parse(path, topicFrontMatterSchema, topicId);
    if (!parsed) return undefined;
    if (parsed.body === '') this.issue(path, 'body', 'write the explanation below the front matter');
    this.checkTopic(roadmapId, path, parsed.data);
    const related = parsed.data.related.map((ref) => {
      const [roadmapId, relatedTopicId] = ref.split('/') as [string, string];
      return { roadmapId, topicId: relatedTopicId };
    });
    const topic = { ...parsed.data, related, body: parsed.body };
    this.topicFiles.set(topic, path);
    return topic;
  }

  private checkTopic(roadmapId: string, path: string, data: z.output<typeof topicFrontMatterSchema>) {
    const { fullChecks = fullChecksApply, warnings, today } = this.options;
    for (const { field, message } of baselineProblems(data, today)) this.issue(path, field, message);
    const full = fullProblems(data);
    if (fullChecks(roadmapId)) for (const { field, message } of full) this.issue(path, field, message);
    else warnings?.push(...full.map(({ field, message }) => this.located(path, field, message)));
  }

  /** Reads one file; `expectedId` is the id its name gives (projects name theirs freely). */
  private parse<S extends z.ZodType<{ id: string }>>(
    path: string,
    schema: S,
    expectedId?: string,
  ): Parsed<z.output<S>> {
    const source = this.files.get(path);
    if (source === undefined) {
      this.issue(path, undefined, 'file is missing (it is listed by its parent)');
      return undefined;
    }
    this.used.add(path);
    let file: { data: unknown; body: string };
    try {
      file = splitFrontMatter(source);
    } catch (error) {
      this.issue(path, 'front matter', (error as Error).message);
      this.unreadableFolders.push(path.slice(0, path.lastIndexOf('/') + 1));
      return undefined;
    }
    const result = schema.safeParse(file.data);
    if (!result.success) {
      for (const problem of result.error.issues) {
        this.issue(path, problem.path.join('.') || undefined, problem.message);
      }
      this.unreadableFolders.push(path.slice(0, path.lastIndexOf('/') + 1));
      return undefined;
    }
    if (expectedId !== undefined && result.data.id !== expectedId) {
      this.issue(path, 'id', `is "${result.data.id}" but must match its name "${expectedId}"`);
    }
    return { data: result.data, body: file.body.trim() };
  }

  private reportDuplicates(path: string, field: string, ids: string[]) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) this.issue(path, field, `duplicate id "${id}"`);
      seen.add(id);
    }
  }

  reportUnlistedFiles() {
    for (const path of this.files.keys()) {
      const parentUnreadable = this.unreadableFolders.some((folder) => path.startsWith(folder));
      if (!this.used.has(path) && !parentUnreadable) {
        this.issue(path, undefined, 'is not listed by its roadmap.md or step.md (or is misplaced)');
      }
    }
  }

  issue(path: string, field: string | undefined, message: string) {
    this.issues.push(this.located(path, field, message));
  }

  private located(path: string, field: string | undefined, message: string): ContentIssue {
    return { file: `${this.root}/${path}`, field, message };
  }
}

function checkRelatedTopics(roadmaps: Roadmap[], reader: ContentReader) {
  const known = new Map(
    roadmaps.map((roadmap) => [
      roadmap.id,
      new Set(roadmap.steps.flatMap((step) => step.topics.map((topic) => topic.id))),
    ]),
  );
  for (const [topic, path] of reader.topicFiles) {
    topic.related.forEach(({ roadmapId, topicId }, index) => {
      const topics = known.get(roadmapId);
      const field = `related.${index}`;
      if (!topics) reader.issue(path, field, `unknown roadmap "${roadmapId}"`);
      else if (!topics.has(topicId))
        reader.issue(path, field, `unknown topic "${topicId}" in roadmap "${roadmapId}"`);
    });
  }
}
