import type { Route } from 'next';
import Link from 'next/link';

import type { Tally } from '@/lib/progress/summary';

import { ProgressBar } from './ProgressBar';

type Props = {
  title: string;
  href: Route;
  tally: Tally;
  testId: string;
  /** Whatever the page adds under the bar (next up, last activity). */
  children?: React.ReactNode;
};

/** One started roadmap as a list item: its title as a link, and its progress bar. */
export function StartedRoadmapCard({ title, href, tally, testId, children }: Props) {
  return (
    <li className="rounded-lg border border-line bg-surface p-4" data-testid={testId}>
      <h3 className="font-semibold">
        <Link href={href} className="text-accent underline underline-offset-2">
          {title}
        </Link>
      </h3>
      <div className="mt-2">
        <ProgressBar tally={tally} label={title} />
      </div>
      {children}
    </li>
  );
}
