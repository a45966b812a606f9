import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';

import { readerPageMetadata } from '@/app/_components/brand';
import { Breadcrumbs, stepItemTrail } from '@/app/_components/Breadcrumbs';
import type { Roadmap, Step } from '@/lib/content';
import { formatCalendarDate, stepLabel } from '@/lib/format';

/**
 * What the two reader pages inside a step (a topic, the step's project) share: finding their item
 * from the path (a 404 for any other) and describing it to search engines and link previews.
 */
export function stepItemPage<P, F>(
  find: (params: P) => F | undefined,
  describe: (found: F) => { title: string; description: string; url: string },
) {
  return {
    async load(params: Promise<P>) {
      const found = find(await params);
      if (!found) notFound();
      return found;
    },
    async generateMetadata({ params }: { params: Promise<P> }): Promise<Metadata> {
      const found = find(await params);
      return found ? readerPageMetadata({ ...describe(found), article: true }) : {};
    },
  };
}

/** The trail and the head of a page inside a step: which step, the title, then `children`. */
export function StepItemHeader({
  roadmap,
  step,
  title,
  kind = '',
  children,
}: {
  roadmap: Pick<Roadmap, 'id' | 'title'>;
  step: Step;
  title: string;
  /** What the item is, after the step's label (" project"), when it is not a topic. */
  kind?: string;
  children: ReactNode;
}) {
  return (
    <>
      <Breadcrumbs trail={stepItemTrail(roadmap, step, title)} />
      <header className="mt-4">
        <p className="text-sm font-medium text-accent">
          {`${stepLabel(step)}${kind} · ${step.title}`}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{title}</h1>
        {children}
      </header>
    </>
  );
}

/** When the item's content was last reviewed, and by whom, if it says. */
export function ReviewedLine({
  item,
  className,
}: {
  item: { reviewed?: string; reviewer?: string };
  className: string;
}) {
  if (!item.reviewed) return null;
  return (
    <p className={`${className} text-sm text-muted`}>
      Reviewed <time dateTime={item.reviewed}>{formatCalendarDate(item.reviewed)}</time>
      {item.reviewer && ` by ${item.reviewer}`}
    </p>
  );
}
