/**
 * A part of a page labelled by its own heading, so screen-reader users can list and jump to it.
 * `headingHidden` keeps the heading for them alone where the layout already shows what it holds.
 */
export function Section({
  id,
  heading,
  headingHidden = false,
  className = 'mt-8',
  children,
}: {
  /** The heading's id is `${id}-heading`. */
  id: string;
  heading: string;
  headingHidden?: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} className={headingHidden ? 'sr-only' : 'text-xl font-semibold'}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
