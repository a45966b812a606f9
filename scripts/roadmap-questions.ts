// The check questions of every roadmap, read from content/ (or only from the given check files
// and folders), for the scripts that measure cues: content:cues and content:guess.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

import { contentRoot, getRoadmaps } from '../lib/content';
import { checkFileSuffix } from '../lib/content/check-parse';
import { topicCheckSchema, type CheckQuestion } from '../lib/content/check-schema';
import { readContentFiles } from '../lib/content/read';
import { parseContentYaml } from '../lib/content/yaml';

export function roadmapQuestions(paths: readonly string[]) {
  const wanted = paths.map((path) => resolve(path));
  const chosen = (file: string) =>
    wanted.length === 0 ||
    wanted.some(
      (path) => file === path || (statSync(path).isDirectory() && file.startsWith(`${path}/`)),
    );
  const files = readContentFiles(contentRoot, checkFileSuffix);
  return getRoadmaps().flatMap((roadmap) => {
    const questions: CheckQuestion[] = [];
    for (const [path, text] of files) {
      if (!path.startsWith(`${roadmap.id}/`) || !chosen(resolve(contentRoot, path))) continue;
      questions.push(...topicCheckSchema.parse(parseContentYaml(text)).questions);
    }
    return questions.length > 0 ? [{ roadmapId: roadmap.id, questions }] : [];
  });
}
