import 'server-only';

import { getRoadmaps } from '@/lib/content';
import type { TopicCheck } from '@/lib/content/check-schema';

import { answerKey } from './answer-key';

/** For tests: the first topic, in roadmap order, whose check is written, with its answer key. */
export function firstCheckedTopicForTests(): {
  roadmapId: string;
  topicId: string;
  check: TopicCheck;
} {
  for (const roadmap of getRoadmaps())
    for (const step of roadmap.steps)
      for (const topic of step.topics) {
        const check = answerKey(roadmap.id, topic.id);
        if (check) return { roadmapId: roadmap.id, topicId: topic.id, check };
      }
  throw new Error('no topic in content/ has a knowledge check');
}
