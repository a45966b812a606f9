'use client';

import { useRouter } from 'next/navigation';
import { useId } from 'react';

import {
  QuickLogForm,
  TimeLogMessage,
  type QuickAmount,
} from '@/app/_components/plan/QuickLogForm';
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
  const log = useTimeLog({ roadmapId, topicId }, () => router.refresh());
  const id = useId();
  const amounts: QuickAmount[] = [
    { minutes: shareMinutes, label: `Log ${formatHours(shareMinutes / 60)}` },
    ...[15, 30]
      .filter((minutes) => minutes < shareMinutes)
      .map((minutes) => ({ minutes, label: `${minutes} min` })),
  ];
  return (
    <div className="mt-2">
      <QuickLogForm amounts={amounts} log={log} label={`Log time on ${topicTitle}`} />
      <TimeLogMessage log={log} id={`${id}-message`} className="mt-1" />
    </div>
  );
}
