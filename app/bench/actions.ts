'use server';

import { notFound } from 'next/navigation';

import { benchBaselineEnabled } from '@/lib/env';

/**
 * The benchmark's baseline: a server action that does nothing, so Next's own cost is measured.
 * Like its page, it exists only under the benchmark: anywhere else it answers 404.
 */
export async function doNothing(): Promise<void> {
  if (!benchBaselineEnabled) notFound();
}
