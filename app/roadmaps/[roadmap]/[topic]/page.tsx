import { CheckYourself } from '@/app/_components/checks/CheckYourself';
import { Markdown } from '@/app/_components/Markdown';
import { nextOffers } from '@/app/_components/next-step/offers';
import { WhatNext } from '@/app/_components/next-step/WhatNext';
import { NoteSection } from '@/app/_components/notes/NoteSection';
import { TopicTimeLog } from '@/app/_components/plan/TopicTimeLog';
import { TopicStatusButtons } from '@/app/_components/progress/TopicStatusButtons';
import { findTopic, getRoadmaps } from '@/lib/content';
import { formatHours } from '@/lib/format';
import { topicPath } from '@/lib/routes';

import { ReviewedLine, StepItemHeader, stepItemPage } from '../StepItem';
import { RelatedTopics } from './RelatedTopics';
import { ResourceList } from './ResourceList';
import { TopicPager } from './TopicPager';
import { TopicSection } from './TopicSection';

export const dynamicParams = false;

export function generateStaticParams() {
  return getRoadmaps().flatMap((roadmap) =>
    roadmap.steps.flatMap((step) =>
      step.topics.map((topic) => ({ roadmap: roadmap.id, topic: topic.id })),
    ),
  );
}

type Props = PageProps<'/roadmaps/[roadmap]/[topic]'>;

const topicPage = stepItemPage(
  (params: Awaited<Props['params']>) => findTopic(params.roadmap, params.topic),
  ({ roadmap, topic }) => ({
    title: `${topic.title} — ${roadmap.title} roadmap`,
    description: topic.summary,
    url: topicPath(roadmap.id, topic.id),
  }),
);

export const generateMetadata = topicPage.generateMetadata;

export default async function TopicPage({ params }: Props) {
  const found = await topicPage.load(params);
  const { roadmap, step, topic } = found;
  return (
    <article className="max-w-3xl">
      <StepItemHeader roadmap={roadmap} step={step} title={topic.title}>
        <p className="mt-2 text-sm text-muted">Estimated study time: {formatHours(topic.hours)}</p>
        <p className="mt-4 text-lg">{topic.summary}</p>
        <div className="mt-5">
          <TopicStatusButtons roadmapId={roadmap.id} topicId={topic.id} topicTitle={topic.title}>
            <WhatNext offers={nextOffers(roadmap.id, step, topic.id, found.next)} />
          </TopicStatusButtons>
        </div>
        <TopicTimeLog roadmapId={roadmap.id} topicId={topic.id} estimate={topic.hours} />
      </StepItemHeader>

      <section
        aria-labelledby="why-heading"
        className="mt-6 rounded-r-lg border-l-4 border-accent bg-accent-soft p-4"
      >
        <h2 id="why-heading" className="font-semibold">
          Why it matters
        </h2>
        <p className="mt-1">{topic.why}</p>
      </section>

      <TopicSection id="explanation" title="The idea">
        <Markdown>{topic.body}</Markdown>
      </TopicSection>

      <TopicSection id="concepts" title="Key concepts">
        <ul className="list-disc space-y-1 pl-6">
          {topic.concepts.map((concept) => (
            <li key={concept}>{concept}</li>
          ))}
        </ul>
      </TopicSection>

      {topic.items.length > 0 && (
        <TopicSection id="items" title="Technologies to know">
          <dl className="space-y-3">
            {topic.items.map((item) => (
              <div key={item.name}>
                <dt className="font-medium">
                  {item.url ? (
                    <a
                      href={item.url}
                      rel="noopener noreferrer"
                      className="text-accent underline underline-offset-2"
                    >
                      {item.name}
                    </a>
                  ) : (
                    item.name
                  )}
                </dt>
                <dd className="text-muted">{item.note}</dd>
              </div>
            ))}
          </dl>
        </TopicSection>
      )}

      <ResourceList resources={topic.resources} />
      <ReviewedLine item={topic} className="mt-3" />
      <CheckYourself roadmapId={roadmap.id} topicId={topic.id} />
      <NoteSection
        key={topic.id}
        roadmapId={roadmap.id}
        topicId={topic.id}
        topicTitle={topic.title}
      />
      <RelatedTopics refs={topic.related} />
      <TopicPager roadmapId={roadmap.id} previous={found.previous} next={found.next} />
    </article>
  );
}
