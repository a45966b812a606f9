import type { Metadata } from 'next';
import Link from 'next/link';

import { SearchForm } from '@/app/_components/SearchForm';
import { count, stepLabel } from '@/lib/format';
import { cleanQueryValue } from '@/lib/http/query-value';
import { MAX_QUERY_LENGTH, searchTopics } from '@/lib/search';

import { Highlighted } from './Highlighted';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search every topic and step project of the Waymark roadmaps.',
  robots: { index: false, follow: true },
};

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  // `?q=a&q=b`, control characters and a megabyte of text all become one short, clean query.
  const query = cleanQueryValue((await searchParams).q, MAX_QUERY_LENGTH);
  const hits = searchTopics(query);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Search topics</h1>
      <SearchForm id="search-page-query" defaultValue={query} className="mt-6" />
      {query === '' ? (
        <p className="mt-6 text-muted">
          Search both roadmaps by topic, technology or idea — for example “DNS”, “PostgreSQL” or
          “authentication”.
        </p>
      ) : (
        <section aria-labelledby="results-heading" className="mt-8">
          <h2 id="results-heading" className="text-lg font-semibold" role="status">
            {hits.length === 0
              ? `No topics match “${query}”`
              : `${count(hits.length, 'topic')} for “${query}”`}
          </h2>
          {hits.length === 0 ? (
            <p className="mt-2 text-muted">
              Check the spelling, try fewer words, or browse the roadmaps from the{' '}
              <Link href="/" className="text-accent underline">
                home page
              </Link>
              .
            </p>
          ) : (
            <ol className="mt-4 space-y-5">
              {hits.map((hit) => (
                <li key={`${hit.roadmapId}/${hit.topicId}`}>
                  <Link
                    href={hit.path}
                    className="text-lg font-medium text-accent underline underline-offset-2"
                  >
                    <Highlighted text={hit.topicTitle} terms={hit.terms} />
                  </Link>
                  <p className="text-sm text-muted">
                    {hit.roadmapTitle} › {stepLabel({ number: hit.stepNumber })}: {hit.stepTitle}
                  </p>
                  <p className="mt-1">
                    <Highlighted text={hit.summary} terms={hit.terms} />
                  </p>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </div>
  );
}
