import Link from 'next/link';
import type { ReactNode } from 'react';

/** Where leaving ends (signing out, deleting the account): what happened, then the way back to reading. */
export function FarewellPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {children}
      <p className="mt-6">
        <Link href="/" className="text-accent underline underline-offset-2">
          Back to the roadmaps
        </Link>
      </p>
    </div>
  );
}
