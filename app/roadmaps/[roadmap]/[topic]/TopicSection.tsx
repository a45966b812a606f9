import { Section } from '@/app/_components/Section';

/** One titled part of a topic page, labelled by its heading for screen-reader navigation. */
export function TopicSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <Section id={id} heading={title}>
      <div className="mt-3">{children}</div>
    </Section>
  );
}
