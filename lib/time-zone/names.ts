import names from './names.json';

/**
 * Every time zone name that PostgreSQL knows, both the server (15, Debian's tz database) and PGlite
 * (its own copy), and that Node accepts: the zones Waymark stores and counts days in. Node's ICU
 * knows names PostgreSQL refuses (`CTT`, `AET`, `US/Pacific-New`), and a newer Node or an older
 * server may disagree again, so the list is fixed here rather than taken from either at run time;
 * `index.test.ts` checks it against each driver's `pg_timezone_names`. Made with
 * `select name from pg_timezone_names` on both, intersected, filtered by `Intl.DateTimeFormat`;
 * the names themselves are data, in `names.json`.
 */
export const postgresTimeZoneNames: ReadonlySet<string> = new Set(names);
