'use client';

import Link from 'next/link';

import { isComplete } from '@/lib/progress/status';

import { useShownTopicStatus } from '../progress/shownTopicStatus';
import type { NextOffer } from './offers';

/**
 * Where to go once the topic is done (or skipped), shown beside the status control: at once with
 * JavaScript, and in the page the server renders after a no-JavaScript save. The region is always
 * there, empty until then, so screen readers announce the offer when it appears.
 */
export function WhatNext({ offers }: { offers: NextOffer[] }) {
  const finished = isComplete(useShownTopicStatus());
  return (
    <div role="status" className="mt-3 flex flex-wrap gap-2 empty:mt-0" data-testid="what-next">
      {finished &&
        offers.map((offer, index) => (
          <Link
            key={offer.href}
            href={offer.href}
            className={`rounded-md border px-3 py-1.5 text-sm ${
              index === 0
                ? 'border-accent bg-accent font-medium text-on-accent'
                : 'border-line hover:bg-accent-soft'
            }`}
          >
            {offer.label}: <span className="font-semibold">{offer.title}</span>{' '}
            <span aria-hidden="true">→</span>
          </Link>
        ))}
    </div>
  );
}
