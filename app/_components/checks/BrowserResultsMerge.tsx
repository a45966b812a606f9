'use client';

import { useEffect } from 'react';

import { useLearner } from '../progress/learnerStore';
import { mergeBrowserResults } from './resultStore';

/**
 * Started once by the root layout: merges the check results this browser kept into the account
 * as soon as a learner is signed in, on whatever page sign-in ends. Renders nothing.
 */
export function BrowserResultsMerge() {
  const userId = useLearner().user?.id;
  useEffect(() => {
    if (userId) void mergeBrowserResults(userId);
  }, [userId]);
  return null;
}
