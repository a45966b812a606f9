import type { z } from 'zod';

import { reservedRoadmapSegments } from '@/lib/routes';

import {
  baselineProblems,
  fullChecksApply,
  fullProblems,
  reviewProblems,
  type TopicProblem,
} from './checks';
import { ContentFileReader, type ContentFiles } from './file-reader';
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
  const fileReader = new ContentFileReader(files, root, issues);
  const reader = new ContentReader(fileReader, options);
  const roadmapIds = [...new Set([...files.keys()].map((path) => path.split('/')[0]!))];
  const roadmaps = roadmapIds
    .map((id) => reader.roadmap(id))
    .filter((roadmap): roadmap is Roadmap => roadmap !== undefined);

  checkRelatedTopics(roadmaps, reader.topicFiles, fileReader);
  fileReader.reportUnlistedFiles();
  if (issues.length > 0) throw new ContentError(issues);
  return roadmaps.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Builds roadmaps, steps, topics and projects from the files {@link ContentFileReader} reads. */
class ContentReader {
  /** Where each topic was read from, for messages about its fields after parsing. */
  readonly topicFiles = new Map<Topic, string>();
  private readonly projectFiles = new Map<Project, string>();

  constructor(
    private readonly files: ContentFileReader,
    private readonly options: ParseOptions,
  ) {}

  roadmap(folder: string): Roadmap | undefined {
    const path = `${folder}/roadmap.md`;
    const parsed = this.files.parse(path, roadmapFrontMatterSchema, folder);
    if (!parsed) return undefined;
    const { steps: stepIds, retiredTopics = [], ...fields } = parsed.data;
    this.files.reportDuplicates(path, 'steps', stepIds);
    const topicIds = new Set<string>();
    const steps = stepIds
      .map((stepId) => this.step(folder, stepId, topicIds))
      .filter((step): step is Step => step !== undefined);
    this.checkProjectIds(folder, steps, topicIds);
    for (const id of retiredTopics.filter((retired) => topicIds.has(retired))) {
      this.issue(path, 'retiredTopics', `"${id}" is a topic of the roadmap, not a retired one`);
    }
    return {
      ...fields,
      retiredTopics,
      intro: parsed.body,
      steps,
      topicCount: steps.reduce((sum, step) => sum + step.topics.length, 0),
      hours: steps.reduce((sum, step) => sum + step.hours, 0),
    };
  }

  private step(roadmapId: string, stepId: string, roadmapTopicIds: Set<string>): Step | undefined {
    const folder = `${roadmapId}/steps/${stepId}`;
    const parsed = this.files.parse(`${folder}/step.md`, stepFrontMatterSchema, stepId);
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
    const parsed = this.files.parse(path, projectFrontMatterSchema);
    if (!parsed) return undefined;
    if (parsed.body === '') this.issue(path, 'body', 'write the brief below the front matter');
    if (parsed.body.length > MAX_PROJECT_BRIEF) {
      this.issue(path, 'body', `the brief has ${parsed.body.length} characters; keep it to ${MAX_PROJECT_BRIEF}`);
    }
    const { baseline, pending } = reviewProblems(parsed.data, this.options.today, 'project');
    for (const { field, message } of baseline) this.issue(path, field, message);
    this.warn(path, pending);
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
    const parsed = this.files.parse(path, topicFrontMatterSchema, topicId);
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
    for (const { field, message } of baselineProblems(data, this.options.today)) {
      this.issue(path, field, message);
    }
    this.reportFullProblems(roadmapId, path, fullProblems(data));
    this.warn(path, reviewProblems(data, undefined, 'topic').pending);
  }

  private issue(path: string, field: string | undefined, message: string) {
    this.files.issue(path, field, message);
  }

  private warn(path: string, problems: TopicProblem[]) {
    for (const { field, message } of problems)
      this.options.warnings?.push(this.files.located(path, field, message));
  }

  /** The full checks' problems fail the roadmaps held to them and are warnings for the others. */
  private reportFullProblems(roadmapId: string, path: string, problems: TopicProblem[]) {
    const { fullChecks = fullChecksApply, warnings } = this.options;
    for (const { field, message } of problems) {
      if (fullChecks(roadmapId)) this.issue(path, field, message);
      else warnings?.push(this.files.located(path, field, message));
    }
  }
}

function checkRelatedTopics(
  roadmaps: Roadmap[],
  topicFiles: ReadonlyMap<Topic, string>,
  files: ContentFileReader,
) {
  const known = new Map(
    roadmaps.map((roadmap) => [
      roadmap.id,
      new Set(roadmap.steps.flatMap((step) => step.topics.map((topic) => topic.id))),
    ]),
  );
  for (const [topic, path] of topicFiles) {
    topic.related.forEach(({ roadmapId, topicId }, index) => {
      const topics = known.get(roadmapId);
      const field = `related.${index}`;
      if (!topics) files.issue(path, field, `unknown roadmap "${roadmapId}"`);
      else if (!topics.has(topicId))
        files.issue(path, field, `unknown topic "${topicId}" in roadmap "${roadmapId}"`);
    });
  }
}
