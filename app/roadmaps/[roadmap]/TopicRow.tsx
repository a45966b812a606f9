'use client';

import Link from 'next/link';

import { NoteBadge } from '@/app/_components/notes/NoteBadge';
import { NextUpBadge } from '@/app/_components/progress/RoadmapProgress';
import { TopicStatusSelect } from '@/app/_components/progress/TopicStatusSelect';
import { formatHours } from '@/lib/format';
import { topicPath } from '@/lib/routes';

type Props = { roadmapId: string; topic: { id: string; title: string; hours: number } };

/**
 * One topic of the roadmap page: title, study time, badges and the status control. One client
 * component per row keeps the page's RSC payload to these few props instead of a copy of the
 * row's markup (the page carries about fifty rows).
 */
export function TopicRow({ roadmapId, topic }: Props) {
  return (
    <li className="topic-row" data-testid={`topic-row-${topic.id}`}>
      <div className="topic-row-title">
        <Link href={topicPath(roadmapId, topic.id)} className="topic-row-link">
          {topic.title}
        </Link>
        <span className="text-sm text-muted">
          <span className="sr-only">Estimated time: </span>
          {formatHours(topic.hours)}
        </span>
        <NextUpBadge topicId={topic.id} />
        <NoteBadge roadmapId={roadmapId} topicId={topic.id} />
      </div>
      <TopicStatusSelect roadmapId={roadmapId} topicId={topic.id} topicTitle={topic.title} />
    </li>
  );
}
