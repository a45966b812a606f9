import { Section } from '@/app/_components/Section';
import { getRoadmaps } from '@/lib/content';

import { RoadmapCard } from './_components/RoadmapCard';

export default function HomePage() {
  const roadmaps = getRoadmaps();
  return (
    <>
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
          Learn backend development, one step at a time
        </h1>
        <p className="mt-4 text-lg text-muted">
          Waymark lays out what to learn to become a backend developer, in a sensible order. Every
          step breaks into topics with a plain explanation, the key ideas to master and a short list
          of hand-picked resources — official documentation first, free and paid marked.
        </p>
        <p className="mt-3" data-testid="tracking-note">
          No account needed: mark topics as you go and your progress is kept in this browser.
          Signing in with GitHub keeps it across devices and adds a dashboard, streaks and a public
          profile you can share.
        </p>
      </section>
      <Section id="roadmaps" heading="Roadmaps" headingHidden className="mt-10">
        <ul className="grid gap-6 md:grid-cols-2">
          {roadmaps.map((roadmap) => (
            <li key={roadmap.id} className="flex">
              <RoadmapCard roadmap={roadmap} />
            </li>
          ))}
        </ul>
      </Section>
      <Section id="how" heading="How to use a roadmap" className="mt-12 max-w-3xl">
        <ol className="mt-3 list-decimal space-y-2 pl-6 text-muted">
          <li>Pick the roadmap that fits: language-agnostic, or JavaScript end to end.</li>
          <li>Work through the steps in order; each topic says roughly how long it takes.</li>
          <li>Read the explanation, then go deeper with one or two of the listed resources.</li>
        </ol>
      </Section>
    </>
  );
}
