'use client';

import { createContext, use } from 'react';

import type { TopicStatus } from '@/lib/progress/status';

/**
 * The status a topic page's control shows (optimistic with JavaScript, the saved result without),
 * for what sits beside the control and depends on it, such as the next-step offer.
 */
export const ShownTopicStatus = createContext<TopicStatus | undefined>(undefined);

export const useShownTopicStatus = () => use(ShownTopicStatus);
