'use client';

import { useRouter } from 'next/navigation';
import { useId } from 'react';

import { FormMessage } from '@/app/_components/forms/FormFeedback';
import { QuickLogForm, type QuickAmount } from '@/app/_components/plan/QuickLogForm';
import { useTimeLog } from '@/app/_components/plan/useTimeLog';
import { formatHours } from '@/lib/format';

/**
 * The Today card's one tap: log today's share of the plan (or a quarter or half hour) on its next
 * topic. The dashboard is rendered on the server, so after a log it renders again — the streak
 * and the plan follow; without JavaScript the post itself answers with the new page.
 */
export function TodayTimeLog({
  roadmapId,
  topicId,
  topicTitle,
  shareMinutes,
}: {
  roadmapId: string;
  topicId: string;
  topicTitle: string;
  shareMinutes: number;
}) {
  const router = useRouter();
  const { formAction, onSubmit, pending, shown } = useTimeLog(() => router.refresh());
  const id = useId();
  const amounts: QuickAmount[] = [
    { minutes: shareMinutes, label: `Log ${formatHours(shareMinutes / 60)}` },
    ...[15, 30]
      .filter((minutes) => minutes < shareMinutes)
      .map((minutes) => ({ minutes, label: `${minutes} min` })),
  ];
  return (
    <div className="mt-2">
      <QuickLogForm
        roadmapId={roadmapId}
        topicId={topicId}
        amounts={amounts}
        action={formAction}
        onSubmit={onSubmit}
        pending={pending}
        label={`Log time on ${topicTitle}`}
      />
      {shown && (
        <div className="mt-1">
          <FormMessage id={`${id}-message`} problem={shown.problem}>
            {shown.problem ? `⚠ ${shown.text}` : shown.text}
          </FormMessage>
        </div>
      )}
    </div>
  );
}
