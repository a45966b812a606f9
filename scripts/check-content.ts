// Validates every roadmap in content/ and prints a summary, or each broken file and field.
import { contentRoot } from '../lib/content';
import { ContentError } from '../lib/content/model';
import { parseContent } from '../lib/content/parse';
import { readContentFiles } from '../lib/content/read';

try {
  for (const roadmap of parseContent(readContentFiles(contentRoot))) {
    console.log(
      `✓ ${roadmap.id}: ${roadmap.steps.length} steps, ${roadmap.topicCount} topics, ${roadmap.hours} hours`,
    );
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
