import { publicCheck } from '@/lib/checks/answer-key';

import { CheckForm } from './CheckForm';
import { LastResult } from './LastResult';

type Props = { roadmapId: string; topicId: string };

/**
 * The topic page's knowledge check. Rendered at build time with the questions only: the answer
 * key stays on the server, which grades a submission and only then sends the explanations.
 */
export function CheckYourself({ roadmapId, topicId }: Props) {
  const questions = publicCheck(roadmapId, topicId);
  if (!questions) return null;
  return (
    <section id="check-yourself" aria-labelledby="check-heading" className="mt-8" data-print="hide">
      <h2 id="check-heading" className="text-xl font-semibold">
        Check yourself
      </h2>
      <p className="mt-1 text-sm text-muted">
        {questions.length} questions. Answer what you can, then check: each answer comes back with
        why it is right or wrong. Passing is never required to mark the topic done.
      </p>
      <LastResult roadmapId={roadmapId} topicId={topicId} />
      <CheckForm roadmapId={roadmapId} topicId={topicId} questions={questions} />
    </section>
  );
}
