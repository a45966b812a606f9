import type { Metadata } from 'next';

import { requireUser } from '@/lib/auth/session';

import { SignOutButton } from '../_components/SignOutButton';
import { DeleteAccountForm, ImportForm } from './AccountDataForms';

export const metadata: Metadata = { title: 'Settings', robots: { index: false } };

export default async function SettingsPage() {
  const user = await requireUser('/settings');
  return (
    <div className="max-w-xl">
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
        id="export"
        title="Export your data"
        intro="One JSON file with your profile, your progress with its timestamps and your full history."
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
        intro="Progress from the file merges into your account: per topic, the most recent change wins. A file with any problem is refused as a whole, and nothing changes."
      >
        <ImportForm />
      </SettingsSection>

      <SettingsSection
        id="delete"
        title="Delete your account"
        intro="Removes your account, its GitHub link, your sessions, progress and history for good. Export first if you may want it back."
      >
        <DeleteAccountForm login={user.login ?? ''} />
      </SettingsSection>
    </div>
  );
}

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
