import { notFound } from 'next/navigation';

import { getSharedRoadmap } from '@/lib/profile/public';

import { shareCardImage, shareCardSize } from '../../shareCard';

export const size = shareCardSize;
export const contentType = 'image/png';
export const alt = 'A learner’s progress on a Waymark roadmap';

export default function SharedRoadmapImage({
  params,
}: {
  params: Promise<{ login: string; roadmap: string }>;
}) {
  return shareCardImage('/u/[login]/[roadmap]/opengraph-image', async () => {
    const { login, roadmap } = await params;
    const shared = await getSharedRoadmap(login, roadmap);
    if (!shared) notFound();
    return {
      name: shared.profile.name,
      login: shared.profile.login,
      headline: `${shared.roadmap.title} roadmap`,
      percent: shared.tally.percent,
    };
  });
}
