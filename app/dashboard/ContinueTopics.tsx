import Link from 'next/link';

import { Section } from '@/app/_components/Section';
import type { TopicToContinue } from '@/lib/progress/continue';
import { topicPath } from '@/lib/routes';

/** The topics in progress, so the learner picks up where they left off in one click. */
export function ContinueTopics({ topics }: { topics: TopicToContinue[] }) {
  if (topics.length === 0) return null;
  return (
    <Section id="continue" heading="Continue">
      <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-surface">
        {topics.map((topic) => (
          <li key={`${topic.roadmapId}/${topic.topicId}`} className="px-4 py-3">
            <Link
              href={topicPath(topic.roadmapId, topic.topicId)}
              className="font-medium text-accent underline underline-offset-2"
            >
              {topic.topicTitle}
            </Link>
            <span className="block text-sm text-muted">In progress · {topic.roadmapTitle}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
