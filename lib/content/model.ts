import type { Item, Resource } from './schema';

export type TopicRef = { roadmapId: string; topicId: string };

export type Topic = {
  id: string;
  title: string;
  summary: string;
  why: string;
  hours: number;
  concepts: string[];
  items: Item[];
  resources: Resource[];
  related: TopicRef[];
  /** Why fewer than three resources are listed, when that is so. */
  fewerResources?: string;
  /** When a second reader last checked the topic (YYYY-MM-DD), and who they were. */
  reviewed?: string;
  reviewer?: string;
  /** The explanation, as Markdown. */
  body: string;
};

/** The hands-on project that closes a step. */
export type Project = {
  id: string;
  title: string;
  hours: number;
  /** Any programming language works (the general backend roadmap). */
  anyLanguage: boolean;
  requirements: string[];
  acceptance: string[];
  stretch: string[];
  reviewed?: string;
  reviewer?: string;
  /** The brief, as Markdown. */
  body: string;
};

export type Step = {
  id: string;
  /** The source article's numbering; absent for steps of our own. */
  number?: string;
  title: string;
  summary: string;
  /** Off the core path (the roadmap's introduction says when to take it). */
  optional?: boolean;
  /** A one-line note on a number the source skips just before this step. */
  gapNote?: string;
  topics: Topic[];
  project: Project;
  hours: number;
};

export type Roadmap = {
  id: string;
  title: string;
  tagline: string;
  description: string;
  order: number;
  /** The introduction, as Markdown. */
  intro: string;
  /** Ids of topics the roadmap once had (retired): their progress still imports. */
  retiredTopics: string[];
  steps: Step[];
  topicCount: number;
  hours: number;
};

/** One broken thing in one content file, named so a contributor can find and fix it. */
export type ContentIssue = { file: string; field?: string; message: string };

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `Content is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map(formatIssue).join('\n'),
    );
    this.name = 'ContentError';
  }
}

export function formatIssue({ file, field, message }: ContentIssue): string {
  return `  ${file}${field ? ` › ${field}` : ''}: ${message}`;
}
