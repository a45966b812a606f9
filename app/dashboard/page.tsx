import type { Metadata } from 'next';
import Link from 'next/link';

import { requireUser } from '@/lib/auth/session';
import { getRoadmaps } from '@/lib/content';
import { count } from '@/lib/format';
import { roadmapPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Dashboard', robots: { index: false } };

export default async function DashboardPage() {
  const user = await requireUser('/dashboard');
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Welcome, {user.name ?? user.login}</h1>
      <p className="mt-3 text-muted">Pick up a roadmap where you left it.</p>
      <ul className="mt-6 space-y-3">
        {getRoadmaps().map((roadmap) => (
          <li key={roadmap.id} className="rounded-lg border border-line bg-surface p-4">
            <Link
              href={roadmapPath(roadmap.id)}
              className="font-medium text-accent underline underline-offset-2"
            >
              {roadmap.title}
            </Link>
            <p className="text-sm text-muted">
              {count(roadmap.steps.length, 'step')} · {count(roadmap.topicCount, 'topic')}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
