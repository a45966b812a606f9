import type { Route } from 'next';
import Link from 'next/link';

type Props = {
  href: Route;
  title: string;
  /** The status, in words and with its icon, so it never rests on the icon alone. */
  status: { icon: string; label: string };
  statusTestId?: string;
};

/** The first line of a listed topic or project: its link, and its status on the right. */
export function ListedItemHeader({ href, title, status, statusTestId }: Props) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <Link href={href} className="font-medium hover:text-accent hover:underline">
        {title}
      </Link>
      <span className="text-sm" data-testid={statusTestId}>
        <span aria-hidden="true">{status.icon}</span> {status.label}
      </span>
    </div>
  );
}
