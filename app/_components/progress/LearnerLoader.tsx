'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';

import { syncBrowserChecklists } from '../projects/checklistStore';
import { syncBrowserProjects } from '../projects/projectStore';
import { loadLearner } from './loadLearner';

/**
 * Started once by the root layout: loads who is signed in and their data for the page, again on
 * every navigation (sign-in and sign-out end on another page than they began). Renders nothing.
 */
export function LearnerLoader() {
  const pathname = usePathname();
  useEffect(() => {
    void loadLearner(pathname).then(syncBrowserProjects).then(syncBrowserChecklists);
  }, [pathname]);
  return null;
}
