import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';

import { benchBaselineEnabled } from '@/lib/env';

import { NoopForm } from './NoopForm';

export const metadata: Metadata = { title: 'Benchmark baseline', robots: { index: false } };

/**
 * Baselines for `npm run bench`, served only when the benchmark starts the server with
 * WAYMARK_BENCH=1: the empty server action that progress writes are compared against.
 */
export default async function BenchPage() {
  // Rendered per request: the flag belongs to the running server, not to the build.
  await connection();
  if (!benchBaselineEnabled) notFound();
  return <NoopForm />;
}
