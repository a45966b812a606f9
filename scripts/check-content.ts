// Validates every roadmap in content/ and its knowledge checks, prints a summary with each
// roadmap's cue figures (lib/content/cue-rules.ts), or each broken file and field, and fails on
// a broken file or a cue beyond its limit. Files not yet reviewed, and roadmaps taken out of the
// full checks (lib/content/checks.ts), get warnings: counted by default, listed with
// `npm run content:check -- --warnings`.
import { contentRoot } from '../lib/content';
import { checkFileSuffix, parseChecks, questionsOfRoadmap } from '../lib/content/check-parse';
import { latestDateOnEarth } from '../lib/content/checks';
import { cueFigures, cueProblems, describeCueFigures } from '../lib/content/cue-rules';
import { ContentError, formatIssue, type ContentIssue } from '../lib/content/model';
import { parseContent } from '../lib/content/parse';
import { readContentFiles } from '../lib/content/read';

const warnings: ContentIssue[] = [];
const today = latestDateOnEarth();
try {
  const roadmaps = parseContent(readContentFiles(contentRoot), undefined, { warnings, today });
  const checks = parseChecks(readContentFiles(contentRoot, checkFileSuffix), roadmaps, undefined, {
    requireEveryTopic: true,
    warnings,
    today,
  });
  for (const roadmap of roadmaps) {
    const own = warnings.filter((w) => w.file.startsWith(`content/roadmaps/${roadmap.id}/`));
    const warned =
      own.length > 0 ? ` (${own.length} warnings: unreviewed files or full checks held back)` : '';
    const questions = questionsOfRoadmap(checks, roadmap.id);
    const figures = cueFigures(questions);
    const cues = cueProblems(figures);
    console.log(
      `${cues.length > 0 ? '✗' : '✓'} ${roadmap.id}: ${roadmap.steps.length} steps, ${roadmap.topicCount} topics, ${roadmap.hours} hours, ${questions.length} questions${warned}`,
    );
    console.log(describeCueFigures(figures).replace(/^/gm, '  '));
    for (const cue of cues) console.error(`  ✗ ${cue}`);
    if (cues.length > 0) process.exitCode = 1;
  }
  if (process.argv.includes('--warnings')) console.warn(warnings.map(formatIssue).join('\n'));
  else if (warnings.length > 0)
    console.log('List the warnings with: npm run content:check -- --warnings');
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
