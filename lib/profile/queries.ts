import 'server-only';

import { and, desc, eq, sql } from 'drizzle-orm';

import { getDb } from '@/db';
import { users } from '@/db/schema';
import { usableTimeZone } from '@/lib/time-zone';

import { displayableName, type ProfileSettings } from './input';

export type PublicProfile = {
  id: string;
  login: string;
  /** The name the learner chose to show, else their GitHub name, else their login. */
  name: string;
  image: string | null;
  showNotes: boolean;
  timeZone: string;
};

/** The columns of the profile settings, as /settings shows them and an export carries them. */
export const profileSettingsColumns = {
  profilePublic: users.profilePublic,
  showNotes: users.showNotes,
  displayName: users.displayName,
} satisfies Record<keyof ProfileSettings, unknown>;

/** The learner's profile settings as /settings shows them. */
export async function getProfileSettings(userId: string): Promise<ProfileSettings | undefined> {
  const db = await getDb();
  const [row] = await db.select(profileSettingsColumns).from(users).where(eq(users.id, userId));
  return row;
}

export async function saveProfileSettings(userId: string, settings: ProfileSettings) {
  const db = await getDb();
  await db.update(users).set(settings).where(eq(users.id, userId));
}

/**
 * The learner with this GitHub login, only if their profile is public: a private and an unknown
 * login look the same to the caller. Logins compare case-insensitively, as GitHub's do; if a freed
 * login is held by two learners (one renamed and has not signed in since), the newer account wins.
 */
export async function findPublicProfile(login: string): Promise<PublicProfile | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      login: users.login,
      displayName: users.displayName,
      gitHubName: users.name,
      image: users.image,
      showNotes: users.showNotes,
      timeZone: users.timeZone,
    })
    .from(users)
    .where(and(sql`lower(${users.login}) = lower(${login})`, eq(users.profilePublic, true)))
    .orderBy(desc(users.createdAt))
    .limit(1);
  if (!row?.login) return undefined;
  return {
    id: row.id,
    login: row.login,
    // Rows stored before GitHub names were filtered may hold invisible characters.
    name: displayableName(row.displayName) ?? displayableName(row.gitHubName) ?? row.login,
    image: row.image,
    showNotes: row.showNotes,
    timeZone: usableTimeZone(row.timeZone),
  };
}
