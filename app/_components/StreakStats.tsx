import { Section } from '@/app/_components/Section';
import { count } from '@/lib/format';

type Props = {
  streaks: { current: number; longest: number };
  /** Named on the learner's own dashboard; a public profile does not reveal it. */
  timeZone?: string;
  /** Who the explanation speaks of: "you" on the dashboard, the learner's name on a profile. */
  whose: 'you' | string;
};

/** Current and longest streak, with what a streak means. */
export function StreakStats({ streaks, timeZone, whose }: Props) {
  return (
    <Section id="streak" heading="Streaks" headingHidden className="mt-6">
      <dl className="grid grid-cols-2 gap-4 sm:max-w-md">
        <Stat
          label="Current streak"
          value={count(streaks.current, 'day')}
          testId="current-streak"
        />
        <Stat
          label="Longest streak"
          value={count(streaks.longest, 'day')}
          testId="longest-streak"
        />
      </dl>
      <p className="mt-2 text-xs text-muted">
        {whose === 'you'
          ? `A streak counts the days in a row on which you studied — marked a topic done, logged time, or passed a knowledge check or review — in your time zone${timeZone ? ` (${timeZone})` : ''}.`
          : `A streak counts the days in a row on which ${whose} studied — marked a topic done, logged time, or passed a knowledge check or review — in their own time zone.`}
      </p>
    </Section>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-lg border border-line bg-surface p-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-2xl font-bold" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
