import type { ReactNode } from 'react';

/** A section of a cohort page: its heading, a line on what it is, and its content. */
export function CohortSection({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section>
      <h2 className="mt-8 text-xl font-semibold">{title}</h2>
      {intro && <p className="mt-1 text-sm text-muted">{intro}</p>}
      <div className="mt-3">{children}</div>
    </section>
  );
}
