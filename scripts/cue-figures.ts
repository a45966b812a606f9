// `npm run content:cues [-- <check files or folders>…]`: the cue figures of every roadmap (or of
// the given files alone) and the limits they break, while a writer reworks questions.
import { relative } from 'node:path';

import { cueFigures, cueProblems, describeCueFigures } from '../lib/content/cue-rules';
import { roadmapQuestions } from './roadmap-questions';

const paths = process.argv.slice(2);
let failed = false;
for (const { roadmapId, questions } of roadmapQuestions(paths)) {
  const figures = cueFigures(questions);
  const problems = cueProblems(figures);
  console.log(`${roadmapId} (${questions.length} questions)\n${describeCueFigures(figures)}`);
  for (const problem of problems) console.log(`  ✗ ${problem}`);
  failed ||= problems.length > 0;
}
if (paths.length > 0) console.log(`(only ${paths.map((path) => relative('.', path)).join(', ')})`);
process.exitCode = failed ? 1 : 0;
