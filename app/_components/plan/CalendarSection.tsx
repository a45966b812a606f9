import { Section } from '@/app/_components/Section';
import { feedCreatedAt } from '@/lib/plan/queries';

import { CalendarFeedControls } from './CalendarFeedControls';

/** The dashboard's calendar settings: the private feed of the learner's plan. */
export async function CalendarSection({ userId }: { userId: string }) {
  const feedSince = await feedCreatedAt(userId);
  return (
    <Section id="calendar" heading="Calendar">
      <CalendarFeedControls activeSince={feedSince?.toISOString() ?? null} />
    </Section>
  );
}
