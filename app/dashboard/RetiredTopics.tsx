import { Section } from '@/app/_components/Section';
import type { RetiredTopic } from '@/lib/progress/dashboard';
import { statusLabels } from '@/lib/progress/status';

/** Progress on topics the content no longer has: kept, never counted, listed so nothing is lost. */
export function RetiredTopics({
  topics,
  dateFormat,
}: {
  topics: RetiredTopic[];
  dateFormat: { format: (moment: Date) => string };
}) {
  if (topics.length === 0) return null;
  return (
    <Section id="retired" heading="Retired topics">
      <p className="mt-1 text-sm text-muted">
        These topics were removed from or renamed in the roadmaps. Your progress on them is kept
        here and no longer counts toward percentages.
      </p>
      <ul className="mt-3 space-y-1 text-sm">
        {topics.map((topic) => (
          <li key={`${topic.roadmapId}/${topic.topicId}`}>
            <code>
              {topic.roadmapId}/{topic.topicId}
            </code>{' '}
            — {statusLabels[topic.status]}, {dateFormat.format(topic.updatedAt)}
          </li>
        ))}
      </ul>
    </Section>
  );
}
