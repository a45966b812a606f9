import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Breadcrumbs, stepItemTrail } from '@/app/_components/Breadcrumbs';
import { personalPage } from '@/app/_components/errors/personal';
import { SignedInMarker } from '@/app/_components/SignedInMarker';
import { requireUser } from '@/lib/auth/session';
import { getRoadmap } from '@/lib/content';
import { stepLabel } from '@/lib/format';
import { setTopicStatusWithoutScript } from '@/lib/progress/actions';
import { getProgressRows } from '@/lib/progress/queries';
import { statusIcons, statusLabels, type TopicStatus } from '@/lib/progress/status';
import { stepStatusView } from '@/lib/progress/step-status';
import { stepPath, stepStatusPath, topicPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Your statuses', robots: { index: false } };

/** The likeliest saves first: a learner starts a topic, finishes it, or skips it. */
const saveOrder: TopicStatus[] = ['in_progress', 'done', 'skipped', 'not_started'];

/**
 * A learner's statuses in one step, rendered on the server: where a reader without JavaScript
 * sees what they saved and changes it (the roadmap page is static and cannot know who reads it).
 * Every topic has its own form, so a save names one topic and changes nothing else.
 */
export default personalPage(async function StepStatusPage({
  params,
  searchParams,
}: PageProps<'/roadmaps/[roadmap]/steps/[step]/status'>) {
  const { roadmap: roadmapId, step: stepId } = await params;
  const roadmap = getRoadmap(roadmapId);
  const step = roadmap?.steps.find((each) => each.id === stepId);
  if (!roadmap || !step) notFound();
  const user = await requireUser(stepStatusPath(roadmap.id, step.id));
  const rows = await getProgressRows(user.id, roadmap.id);
  const view = stepStatusView(
    step,
    new Map(rows.map((row) => [row.topicId, row.status])),
    (await searchParams).saved,
  );

  return (
    <div className="max-w-3xl">
      <SignedInMarker />
      <Breadcrumbs trail={stepItemTrail(roadmap, step, 'Your statuses')} />
      <p className="mt-4 text-sm font-medium text-accent">{stepLabel(step)}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Your statuses: {step.title}</h1>
      {view.saved && (
        <p role="status" className="notice">
          Saved: “{view.saved.title}” is now {statusLabels[view.saved.status].toLowerCase()}.
        </p>
      )}
      <ol className="mt-6 space-y-3" aria-label="Topics of this step">
        {view.topics.map((topic) => (
          <li
            key={topic.id}
            id={`topic-${topic.id}`}
            className="rounded-lg border border-line bg-surface p-4 target:outline-2 target:outline-accent"
          >
            <Link
              href={topicPath(roadmap.id, topic.id)}
              className="font-medium text-accent underline underline-offset-2"
            >
              {topic.title}
            </Link>
            <form
              action={setTopicStatusWithoutScript}
              aria-label={`Your status for ${topic.title}`}
              className="mt-2 flex flex-wrap items-center gap-2 text-sm"
            >
              <input type="hidden" name="roadmapId" value={roadmap.id} />
              <input type="hidden" name="topicId" value={topic.id} />
              <span className="mr-1" data-testid="current-status">
                <span aria-hidden="true">{statusIcons[topic.status]} </span>
                {statusLabels[topic.status]}
              </span>
              {saveOrder.map((status) => (
                <button
                  key={status}
                  name="status"
                  value={status}
                  aria-pressed={status === topic.status}
                  className="rounded-md border border-line px-3 py-1.5 hover:bg-accent-soft aria-pressed:bg-accent aria-pressed:text-on-accent"
                >
                  {statusLabels[status]}
                </button>
              ))}
            </form>
          </li>
        ))}
      </ol>
      <p className="mt-6">
        <Link
          href={stepPath(roadmap.id, step.id)}
          className="text-accent underline underline-offset-2"
        >
          ← Back to this step of the {roadmap.title} roadmap
        </Link>
      </p>
    </div>
  );
});
