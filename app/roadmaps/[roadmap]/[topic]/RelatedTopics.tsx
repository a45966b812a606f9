import Link from 'next/link';

import { findTopic, type TopicRef } from '@/lib/content';
import { topicPath } from '@/lib/routes';

import { TopicSection } from './TopicSection';

export function RelatedTopics({ refs }: { refs: TopicRef[] }) {
  const related = refs.flatMap((ref) => findTopic(ref.roadmapId, ref.topicId) ?? []);
  if (related.length === 0) return null;
  return (
    <TopicSection id="related" title="Related topics">
      <ul className="space-y-1">
        {related.map(({ roadmap, topic }) => (
          <li key={`${roadmap.id}/${topic.id}`}>
            <Link
              href={topicPath(roadmap.id, topic.id)}
              className="text-accent underline underline-offset-2"
            >
              {topic.title}
            </Link>{' '}
            <span className="text-sm text-muted">in {roadmap.title}</span>
          </li>
        ))}
      </ul>
    </TopicSection>
  );
}
