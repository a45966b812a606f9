import Link from 'next/link';

import type { NextOffer } from './offers';

/** Where to go from the end of a page: the first offer is the main way on. */
export function WayOn({ offers }: { offers: NextOffer[] }) {
  return (
    <nav
      aria-label="Where next"
      className="mt-12 grid gap-4 border-t border-line pt-6 sm:grid-cols-2"
      data-print="hide"
    >
      {offers.map((offer, index) => (
        <Link
          key={offer.href}
          href={offer.href}
          className={`rounded-lg border p-4 hover:bg-accent-soft ${
            index === 0 ? 'border-accent' : 'border-line'
          }`}
        >
          <span className="block text-sm text-muted">{offer.label}</span>
          <span className="font-medium">
            {offer.title} <span aria-hidden="true">→</span>
          </span>
        </Link>
      ))}
    </nav>
  );
}
