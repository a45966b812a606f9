import { z } from 'zod';

/** Ids end up in URLs and in learners' saved progress, so they are short, lowercase and stable. */
export const idSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');

export const text = (max: number) => z.string().trim().min(1).max(max);

/** When a second reader last checked a file (YAML may hand it over as a Date). */
export const reviewedSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'write the review date as YYYY-MM-DD' }),
);

/**
 * Who checked a file on its `reviewed` date: a person's name or the handle of a reviewing pass
 * (such as "issue-28 review pass"), so a date records who read what, not a batch.
 */
export const reviewerSchema = text(80);

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be a full https:// URL' });

export const resourceTypes = ['docs', 'article', 'video', 'course', 'book'] as const;
export type ResourceType = (typeof resourceTypes)[number];

export const resourceSchema = z.strictObject({
  title: text(160),
  type: z.enum(resourceTypes),
  cost: z.enum(['free', 'paid']),
  url: httpsUrl,
});

export const itemSchema = z.strictObject({
  name: text(80),
  note: text(400),
  url: httpsUrl.optional(),
});

/** `roadmap-id/topic-id`, checked against the loaded content once every roadmap is read. */
const topicRefSchema = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'write a reference as roadmap-id/topic-id');

export const roadmapFrontMatterSchema = z.strictObject({
  id: idSchema,
  title: text(80),
  tagline: text(200),
  description: text(200),
  order: z.number().int().min(0),
  steps: z.array(idSchema).min(1),
  /**
   * Ids of topics the roadmap once had and no longer has: a learner's progress and notes on them
   * still import (shown as retired), while an id listed nowhere is refused as made up.
   */
  retiredTopics: z.array(idSchema).max(500).optional(),
});

export const stepFrontMatterSchema = z.strictObject({
  id: idSchema,
  number: z
    .string()
    .regex(/^\d+(?:\.\d+)?$/, 'write the source numbering as a quoted string like "3" or "9.1"')
    .optional(),
  title: text(120),
  summary: text(600),
  /** Off the core path: learners may skip it or take it when their work needs it. */
  optional: z.boolean().optional(),
  /** One line shown in place of a number the source skips just before this step. */
  gapNote: text(200).optional(),
  topics: z.array(idSchema).min(1),
});

export const topicFrontMatterSchema = z.strictObject({
  id: idSchema,
  title: text(120),
  summary: text(1200),
  why: text(800),
  hours: z.number().min(0.5).max(200),
  concepts: z.array(text(200)).min(2),
  items: z.array(itemSchema).default([]),
  resources: z.array(resourceSchema).min(2),
  /** Why this topic lists fewer than three resources (when three good ones do not exist). */
  fewerResources: text(300).optional(),
  related: z.array(topicRefSchema).default([]),
  /** When a second reader last checked the topic against today's sources (YYYY-MM-DD). */
  reviewed: reviewedSchema.optional(),
  reviewer: reviewerSchema.optional(),
});

const checklist = (min: number, max: number) =>
  z
    .array(text(300))
    .min(min, `list at least ${min}`)
    .max(max, `list at most ${max}`);

/** A step's hands-on project (`project.md` in the step's folder, one per step). */
export const projectFrontMatterSchema = z.strictObject({
  id: idSchema,
  title: text(120),
  hours: z.number().min(1).max(80),
  /** On the general backend roadmap: the project can be built in any language. */
  anyLanguage: z.literal(true).optional(),
  requirements: checklist(4, 8),
  acceptance: checklist(2, 6),
  stretch: checklist(2, 3),
  reviewed: reviewedSchema.optional(),
  reviewer: reviewerSchema.optional(),
});

export type Resource = z.infer<typeof resourceSchema>;
export type Item = z.infer<typeof itemSchema>;
