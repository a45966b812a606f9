'use client';

import type { PublicQuestion } from '@/lib/checks/public';
import { topicPath } from '@/lib/routes';

import { CheckForm } from './CheckForm';
import { LastResult } from './LastResult';
import { useDrawnQuestions } from './useDrawnQuestions';

type Props = { roadmapId: string; topicId: string; bank: PublicQuestion[] };

/**
 * The static topic page's check: the last result, and the form with this reader's draw swapped in
 * once it is known. Without JavaScript, "Try again" loads the static page afresh; the query string
 * only makes the address differ from the one the result was posted to (the same address with just
 * a fragment would scroll, not reload).
 */
export function DrawnCheck({ roadmapId, topicId, bank }: Props) {
  const asked = useDrawnQuestions(
    roadmapId,
    topicId,
    bank.map((question) => question.id),
  );
  return (
    <>
      <LastResult roadmapId={roadmapId} topicId={topicId} />
      <CheckForm
        // A new draw is a new form: nothing chosen, no result.
        key={asked.join(' ')}
        roadmapId={roadmapId}
        topicId={topicId}
        bank={bank}
        asked={asked}
        tryAgainHref={`${topicPath(roadmapId, topicId)}?check=again#check-yourself`}
      />
    </>
  );
}
