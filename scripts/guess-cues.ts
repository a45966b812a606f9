// `npm run content:guess [-- <check files or folders>…]`: a test-wise guesser who knows nothing
// plays every roadmap's questions with each cue-reading strategy (lib/content/guess.ts) and
// prints its expected score against chance; it fails when a strategy beats chance by more than
// the margin, that is, when the questions give their answers away.
import { relative } from 'node:path';

import {
  CUED_MARGIN,
  cuedStrategies,
  describeGuessScores,
  guessScores,
} from '../lib/content/guess';
import { roadmapQuestions } from './roadmap-questions';

const paths = process.argv.slice(2);
let failed = false;
for (const { roadmapId, questions } of roadmapQuestions(paths)) {
  const scores = guessScores(questions);
  console.log(`${roadmapId} (${questions.length} questions)\n${describeGuessScores(scores)}`);
  failed ||= cuedStrategies(scores).length > 0;
}
console.log(`✗ marks a strategy more than ${CUED_MARGIN * 100} points above chance.`);
if (paths.length > 0) console.log(`(only ${paths.map((path) => relative('.', path)).join(', ')})`);
process.exitCode = failed ? 1 : 0;
