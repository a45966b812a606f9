import 'server-only';

import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';

import { reportDatabaseUnreachable } from '@/lib/health/database';
import { isDatabaseUnreachable } from '@/lib/health/unreachable';
import { statusPages } from '@/lib/http/status-page';

const { title, message, stillWorks } = statusPages.unavailable;

/** What a personal page shows, rendered on the server, when the database cannot be reached. */
function DatabaseUnavailable() {
  return (
    <div className="max-w-2xl" role="alert" data-testid="database-unavailable">
      <p className="text-sm font-semibold text-accent">Temporarily unavailable</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-4">{message}</p>
      <p className="mt-2 text-muted">{stillWorks}</p>
      <p className="mt-6 flex flex-wrap gap-3">
        <Link href="/" className="rounded-md bg-ink px-3 py-1.5 text-sm font-medium text-canvas">
          Read the roadmaps
        </Link>
      </p>
    </div>
  );
}

/**
 * A page that reads the learner's data. When the database is unreachable it renders the outage
 * message on the server, so it reaches readers without JavaScript and crawlers too (an error
 * boundary would render only in the browser); every other error, a redirect or a 404 included,
 * goes on as thrown. The proxy answers 503 once it knows; this covers the request that found out.
 */
export function personalPage<Props>(render: (props: Props) => Promise<ReactNode>) {
  return async function PersonalPage(props: Props): Promise<ReactNode> {
    try {
      return await render(props);
    } catch (error) {
      if (!isDatabaseUnreachable(error)) throw error;
      reportDatabaseUnreachable();
      return <DatabaseUnavailable />;
    }
  };
}

/** The same for a page's metadata, which would otherwise blank the whole document. */
export function personalMetadata<Props>(build: (props: Props) => Promise<Metadata>) {
  return async (props: Props): Promise<Metadata> => {
    try {
      return await build(props);
    } catch (error) {
      if (!isDatabaseUnreachable(error)) throw error;
      reportDatabaseUnreachable();
      return { title, robots: { index: false } };
    }
  };
}
