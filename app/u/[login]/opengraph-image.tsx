import { notFound } from 'next/navigation';

import { getRoadmaps } from '@/lib/content';
import { getPublicProfile } from '@/lib/profile/public';
import { getProgressRows } from '@/lib/progress/queries';
import { roadmapTopics, tally } from '@/lib/progress/summary';

import { shareCardImage, shareCardSize } from '../shareCard';

export const size = shareCardSize;
export const contentType = 'image/png';
export const alt = 'A learner’s progress on Waymark';

export default function ProfileImage({ params }: { params: Promise<{ login: string }> }) {
  return shareCardImage('/u/[login]/opengraph-image', async () => {
    const profile = await getPublicProfile((await params).login);
    if (!profile) notFound();
    const rows = await getProgressRows(profile.id);
    const started = getRoadmaps().flatMap((roadmap) => {
      const own = rows.filter((row) => row.roadmapId === roadmap.id);
      if (own.length === 0) return [];
      const statuses = Object.fromEntries(own.map((row) => [row.topicId, row.status]));
      return [`${roadmap.title} ${tally(roadmapTopics(roadmap), statuses).percent}%`];
    });
    return {
      name: profile.name,
      login: profile.login,
      headline: started.length === 0 ? 'Starting the backend roadmaps' : started.join(' · '),
    };
  });
}
