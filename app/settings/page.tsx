import type { Metadata } from 'next';

import { personalPage } from '@/app/_components/errors/personal';
import { SignedInMarker } from '@/app/_components/SignedInMarker';
import { requireUser } from '@/lib/auth/session';
import { getProfileSettings } from '@/lib/profile/queries';

import { SignOutButton } from '../_components/SignOutButton';
import { DeleteAccountForm, ImportForm } from './AccountDataForms';
import { ProfileForm } from './ProfileForm';

export const metadata: Metadata = { title: 'Settings', robots: { index: false } };

export default personalPage(async function SettingsPage() {
  const user = await requireUser('/settings');
  const settings = (await getProfileSettings(user.id)) ?? {
    profilePublic: false,
    showNotes: false,
    displayName: null,
  };
  return (
    <div className="max-w-xl">
      <SignedInMarker />
      <h1 className="text-3xl font-bold tracking-tight">Settings</h1>
      <SettingsSection id="account" title="Account">
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">Name</dt>
          <dd>{user.name ?? '—'}</dd>
          <dt className="text-muted">GitHub login</dt>
          <dd>{user.login ?? '—'}</dd>
        </dl>
        <p className="mt-2 text-sm text-muted">
          Your name, login and avatar come from GitHub and refresh each time you sign in.
        </p>
        <div className="mt-4">
          <SignOutButton />
        </div>
      </SettingsSection>

      <SettingsSection
        id="profile"
        title="Public profile"
        intro="Private unless you choose otherwise. A public profile shows your roadmaps, progress bars, activity and streaks; notes only if you also tick that box."
      >
        <ProfileForm settings={settings} login={user.login} gitHubName={user.name ?? null} />
      </SettingsSection>

      <SettingsSection
        id="export"
        title="Export your data"
        intro="One JSON file with your profile and settings, your progress with its timestamps, your full history, your notes, and your place in each cohort (never anyone else’s progress)."
      >
        <p className="mt-3">
          <a href="/api/export" download className="text-accent underline underline-offset-2">
            Download my data
          </a>
        </p>
      </SettingsSection>

      <SettingsSection
        id="import"
        title="Import an export"
        intro="Progress and notes from the file merge into your account: per topic, the most recent change wins. Profile settings are not imported, so a file never makes your profile public, and neither are cohorts: joining one takes its owner’s invite link. Progress on a topic a roadmap has since retired still imports and is listed under “Retired topics” on your dashboard. A file with any problem — a topic its roadmap never had included — is refused as a whole, and nothing changes."
      >
        <ImportForm />
      </SettingsSection>

      <SettingsSection
        id="delete"
        title="Delete your account"
        intro="Removes your account, its GitHub link, your sessions, settings, progress, history and notes for good, and the cohorts you run with their memberships and invites (their members keep their own progress). Export first if you may want it back."
      >
        <DeleteAccountForm login={user.login ?? ''} />
      </SettingsSection>
    </div>
  );
});

type SettingsSectionProps = {
  id: string;
  title: string;
  intro?: string;
  children: React.ReactNode;
};

/** One card of the settings page, labelled by its heading. */
function SettingsSection({ id, title, intro, children }: SettingsSectionProps) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="mt-6 rounded-lg border border-line bg-surface p-4"
    >
      <h2 id={`${id}-heading`} className="font-semibold">
        {title}
      </h2>
      {intro && <p className="mt-1 text-sm text-muted">{intro}</p>}
      {children}
    </section>
  );
}
