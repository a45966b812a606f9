import Link from 'next/link';

import { formatHours } from '@/lib/format';
import { topicPath } from '@/lib/routes';

/**
 * One topic of the roadmap page, kept to a few unclassed elements (the page has about fifty
 * rows; the list's CSS styles `.rows > li` and its `small` hours). The whole row opens the topic (the link's ::after covers it); the status icon is the row's
 * ::before, and the roadmap's controller adds the learner's status control and badges at its end.
 */
export function TopicRow({
  roadmapId,
  id,
  title,
  hours,
}: {
  roadmapId: string;
  id: string;
  title: string;
  hours: number;
}) {
  return (
    <li id={`topic-${id}`}>
      <Link href={topicPath(roadmapId, id)}>{title}</Link>
      <small>{formatHours(hours)}</small>
    </li>
  );
}
