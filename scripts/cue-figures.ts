// `npm run content:cues [-- <check files or folders>…]`: the cue figures of every roadmap (or of
// the given files alone) and the limits they break, while a writer reworks questions.
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';

import { contentRoot, getRoadmaps } from '../lib/content';
import { checkFileSuffix } from '../lib/content/check-parse';
import { topicCheckSchema, type CheckQuestion } from '../lib/content/check-schema';
import { cueFigures, cueProblems, describeCueFigures } from '../lib/content/cue-rules';
import { readContentFiles } from '../lib/content/read';
import { parseContentYaml } from '../lib/content/yaml';

const wanted = process.argv.slice(2).map((path) => resolve(path));
const chosen = (file: string) =>
  wanted.length === 0 ||
  wanted.some(
    (path) => file === path || (statSync(path).isDirectory() && file.startsWith(`${path}/`)),
  );

let failed = false;
for (const roadmap of getRoadmaps()) {
  const questions: CheckQuestion[] = [];
  for (const [path, text] of readContentFiles(contentRoot, checkFileSuffix)) {
    if (!path.startsWith(`${roadmap.id}/`) || !chosen(resolve(contentRoot, path))) continue;
    questions.push(...topicCheckSchema.parse(parseContentYaml(text)).questions);
  }
  if (questions.length === 0) continue;
  const figures = cueFigures(questions);
  const problems = cueProblems(figures);
  console.log(`${roadmap.id} (${questions.length} questions)\n${describeCueFigures(figures)}`);
  for (const problem of problems) console.log(`  ✗ ${problem}`);
  failed ||= problems.length > 0;
}
if (wanted.length > 0)
  console.log(`(only ${wanted.map((path) => relative('.', path)).join(', ')})`);
process.exitCode = failed ? 1 : 0;
