import { describe, expect, it } from 'vitest';

import { checkFileSuffix, parseChecks, questionsOfRoadmap } from './check-parse';
import { cueFigures, cueProblems } from './cue-rules';
import { contentRoot, getRoadmaps, type Roadmap } from './index';
import { readContentFiles } from './read';
import backendSourceSteps from './source-steps/backend.json';
import javascriptBackendSourceSteps from './source-steps/javascript-backend.json';
import type { SourceStep } from './source-steps/types';

// getRoadmaps() validates every file and throws a ContentError naming each broken file and field.
const roadmaps = getRoadmaps();

const sources: Record<string, SourceStep[]> = {
  backend: backendSourceSteps,
  'javascript-backend': javascriptBackendSourceSteps,
};

function roadmap(id: string): Roadmap {
  const found = roadmaps.find((r) => r.id === id);
  if (!found) throw new Error(`roadmap ${id} is missing from content/`);
  return found;
}

/** Everything a reader can see in a step, lower-cased, for "does the step mention X". */
function stepText(step: Roadmap['steps'][number]): string {
  return [
    step.title,
    step.summary,
    ...step.topics.flatMap((topic) => [
      topic.title,
      topic.summary,
      topic.why,
      topic.body,
      ...topic.concepts,
      ...topic.items.flatMap((item) => [item.name, item.note]),
      ...topic.resources.map((resource) => resource.title),
    ]),
  ]
    .join('\n')
    .toLowerCase();
}

describe('the published content', () => {
  it('has both roadmaps', () => {
    expect(roadmaps.map((r) => r.id)).toEqual(['backend', 'javascript-backend']);
  });

  for (const [roadmapId, sourceSteps] of Object.entries(sources)) {
    describe(roadmapId, () => {
      it('has every numbered step of its source article, in the article’s order', () => {
        const numbered = roadmap(roadmapId).steps.filter((step) => step.number !== undefined);
        expect(numbered.map((step) => step.number)).toEqual(sourceSteps.map((s) => s.number));
      });

      for (const source of sourceSteps) {
        it(`step ${source.number} (“${source.sourceTitle}”) keeps its subject and names all it named`, () => {
          const step = roadmap(roadmapId).steps.find((s) => s.number === source.number);
          expect(step, `no step numbered ${source.number}`).toBeDefined();
          expect(step!.title.toLowerCase()).toContain(source.titleKeyword.toLowerCase());
          const text = stepText(step!);
          const missing = source.terms.filter((term) => !text.includes(term.toLowerCase()));
          expect(missing, `terms missing from step ${source.number}`).toEqual([]);
        });
      }

      it('is sized like a syllabus: roughly 30–60 topics, each with two or more resources', () => {
        const r = roadmap(roadmapId);
        expect(r.topicCount).toBeGreaterThanOrEqual(25);
        expect(r.topicCount).toBeLessThanOrEqual(70);
        for (const step of r.steps) for (const topic of step.topics) {
          expect(topic.resources.length, topic.id).toBeGreaterThanOrEqual(2);
        }
      });
    });
  }

  it('closes every step with a project; any language on the general roadmap only', () => {
    for (const r of roadmaps) for (const step of r.steps) {
      expect(step.project.id, `${r.id}/${step.id}`).toBeTruthy();
      expect(step.project.anyLanguage, `${r.id}/${step.project.id}`).toBe(r.id === 'backend');
    }
  });

  it('gives a guesser who knows nothing no cue: every roadmap within the cue limits', () => {
    const checks = parseChecks(readContentFiles(contentRoot, checkFileSuffix), roadmaps);
    for (const { id } of roadmaps)
      expect(cueProblems(cueFigures(questionsOfRoadmap(checks, id))), id).toEqual([]);
  });

  it('never links the same resource URL twice within a topic', () => {
    for (const r of roadmaps) for (const step of r.steps) for (const topic of step.topics) {
      const urls = topic.resources.map((resource) => resource.url);
      expect(new Set(urls).size, `${r.id}/${topic.id}`).toBe(urls.length);
    }
  });
});
