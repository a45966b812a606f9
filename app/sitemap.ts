import type { MetadataRoute } from 'next';

import { getRoadmaps } from '@/lib/content';
import { siteUrl } from '@/lib/env';
import { projectPath, roadmapAboutPath, roadmapPath, topicPath } from '@/lib/routes';

export default function sitemap(): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, siteUrl).toString();
  return [
    { url: url('/'), priority: 1 },
    ...getRoadmaps().flatMap((roadmap) => [
      { url: url(roadmapPath(roadmap.id)), priority: 0.9 },
      { url: url(roadmapAboutPath(roadmap.id)), priority: 0.5 },
      ...roadmap.steps.flatMap((step) => [
        ...step.topics.map((topic) => ({
          url: url(topicPath(roadmap.id, topic.id)),
          priority: 0.7,
        })),
        { url: url(projectPath(roadmap.id, step.project.id)), priority: 0.6 },
      ]),
    ]),
  ];
}
