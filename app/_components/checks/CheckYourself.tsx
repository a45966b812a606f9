import Link from 'next/link';

import { publicCheck } from '@/lib/checks/answer-key';
import { QUESTIONS_PER_ATTEMPT } from '@/lib/content/check-sizes';
import { topicReviewPath } from '@/lib/routes';

import { DrawnCheck } from './DrawnCheck';

type Props = { roadmapId: string; topicId: string };

/**
 * The topic page's knowledge check. Rendered at build time with the bank's questions only (the
 * first ones shown): the answer key stays on the server, which grades a submission and only then
 * sends the explanations. Each reader's own draw is swapped in by the browser; without
 * JavaScript, a signed-in learner's draw is on the topic's review page.
 */
export function CheckYourself({ roadmapId, topicId }: Props) {
  const bank = publicCheck(roadmapId, topicId);
  if (!bank) return null;
  const asked = Math.min(bank.length, QUESTIONS_PER_ATTEMPT);
  return (
    <section id="check-yourself" aria-labelledby="check-heading" className="mt-8" data-print="hide">
      <h2 id="check-heading" className="text-xl font-semibold">
        Check yourself
      </h2>
      <p className="mt-1 text-sm text-muted">
        {asked} questions
        {bank.length > asked &&
          ` from a bank of ${bank.length}; each try asks those you have seen least recently`}
        . Answer what you can, then check: each answer comes back with why it is right or wrong.
        Passing is never required to mark the topic done.
      </p>
      {bank.length > asked && (
        <noscript>
          <p className="mt-1 text-sm">
            Signed in?{' '}
            <Link
              href={topicReviewPath(roadmapId, topicId)}
              className="text-accent underline underline-offset-2"
            >
              Take your own review
            </Link>{' '}
            with the questions you have seen least recently.
          </p>
        </noscript>
      )}
      <DrawnCheck roadmapId={roadmapId} topicId={topicId} bank={bank} />
    </section>
  );
}
