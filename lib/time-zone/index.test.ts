import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { addDays, dayIn } from '@/lib/calendar/days';
import { describeEachDriver } from '@/testing/integration';
import { selectRows } from '@/testing/rows';
import { zonesOnlyNodeKnows } from '@/testing/time-zones';

import { knownTimeZone, usableTimeZone, zoneToSave } from '.';
import { postgresTimeZoneNames } from './names';

describe('known time zones', () => {
  it('keep a name PostgreSQL knows, and refuse what is no zone', () => {
    expect(knownTimeZone('Europe/Paris')).toBe('Europe/Paris');
    expect(knownTimeZone('Etc/GMT+12')).toBe('Etc/GMT+12');
    expect(knownTimeZone('UTC')).toBe('UTC');
    expect(knownTimeZone('Mars/Olympus')).toBeUndefined();
    expect(knownTimeZone('')).toBeUndefined();
    expect(knownTimeZone('Factory')).toBeUndefined(); // PostgreSQL's, not Node's
  });

  it.each(zonesOnlyNodeKnows)('write %s as a zone PostgreSQL knows, or not at all', (zone) => {
    const known = knownTimeZone(zone);
    expect(known === undefined || postgresTimeZoneNames.has(known)).toBe(true);
    expect(postgresTimeZoneNames.has(zone)).toBe(false);
  });

  it('count a saved zone PostgreSQL refuses as the zone it names, or UTC', () => {
    expect(usableTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(usableTimeZone(null)).toBe('UTC');
    expect(usableTimeZone('Mars/Olympus')).toBe('UTC');
    for (const zone of zonesOnlyNodeKnows) {
      expect(postgresTimeZoneNames.has(usableTimeZone(zone)), zone).toBe(true);
    }
  });

  it('replace a saved zone only by one on the same date, so a request cannot move today', () => {
    const tokyoMorning = new Date('2026-03-02T00:30:00Z'); // 09:30 in Tokyo, 16:30 in Los Angeles
    expect(zoneToSave('Asia/Tokyo', 'America/Los_Angeles', tokyoMorning)).toBeUndefined();
    expect(zoneToSave('Asia/Tokyo', 'Etc/GMT+12', tokyoMorning)).toBeUndefined();
    const tokyoEvening = new Date('2026-03-02T10:00:00Z'); // 19:00 in Tokyo, 02:00 in Los Angeles
    expect(zoneToSave('Asia/Tokyo', 'America/Los_Angeles', tokyoEvening)).toBe(
      'America/Los_Angeles',
    );
    expect(zoneToSave('Pacific/Kiritimati', 'Etc/GMT+12', tokyoEvening)).toBeUndefined();
    expect(zoneToSave('Asia/Tokyo', 'Asia/Tokyo', tokyoMorning)).toBeUndefined();
    expect(zoneToSave('Asia/Tokyo', undefined, tokyoMorning)).toBeUndefined();
  });

  it('take any zone when none is saved, or the saved one is no zone PostgreSQL knows', () => {
    const now = new Date('2026-03-02T00:30:00Z');
    expect(zoneToSave(null, 'Etc/GMT+12', now)).toBe('Etc/GMT+12');
    expect(zoneToSave('Mars/Olympus', 'Etc/GMT+12', now)).toBe('Etc/GMT+12');
  });

  it('are all real zones: a learner’s today is never more than a day from the server’s', () => {
    const now = new Date();
    const serverDay = dayIn(now, 'UTC');
    const withinADay = [addDays(serverDay, -1), serverDay, addDays(serverDay, 1)];
    for (const zone of postgresTimeZoneNames) expect(withinADay, zone).toContain(dayIn(now, zone));
  });
});

describeEachDriver('the fixed list of time zones', () => {
  it('holds only names this database knows', async () => {
    const rows = await selectRows(sql`select name from pg_timezone_names`);
    const names = new Set(rows.map((row) => String(row.name)));
    expect([...postgresTimeZoneNames].filter((zone) => !names.has(zone))).toEqual([]);
  });
});
