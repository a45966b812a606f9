/** The requests each growth leg measures, as the goals and the report name them. */

export const scaleLegNames = {
  dashboard: 'dashboard',
  roadmapView: 'signed-in roadmap view (/api/me)',
  feed: 'calendar feed (/calendar/<token>.ics)',
} as const;

export const ceilingLegNames = {
  dashboard: 'dashboard',
  checks: 'last check result (/api/me/checks)',
} as const;

export const cohortLegNames = {
  page: 'owner’s cohort page (/cohorts/<cohort>, first page of the grid)',
  csv: 'members CSV (/cohorts/<cohort>/members.csv)',
} as const;
