/**
 * Zones Node's ICU accepts and PostgreSQL refuses ("time zone not recognized"): each one, saved
 * from a status change or a plan, once made the learner's dashboard and public profile fail.
 */
export const zonesOnlyNodeKnows = ['CTT', 'AET', 'IET', 'BET', 'MIT', 'PLT', 'US/Pacific-New'];
