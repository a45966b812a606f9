import type { Metadata } from 'next';

import { requireUser } from '@/lib/auth/session';

import { SignOutButton } from '../_components/SignOutButton';
import { DeleteAccountForm, ImportForm } from './AccountDataForms';

export const metadata: Metadata = { title: 'Settings', robots: { index: false } };

const card = 'mt-6 rounded-lg border border-line bg-surface p-4';

export default async function SettingsPage() {
  const user = await requireUser('/settings');
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">Settings</h1>
      <section aria-labelledby="account-heading" className={card}>
        <h2 id="account-heading" className="font-semibold">
          Account
        </h2>
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
      </section>

      <section aria-labelledby="export-heading" className={card}>
        <h2 id="export-heading" className="font-semibold">
          Export your data
        </h2>
        <p className="mt-1 text-sm text-muted">
          One JSON file with your profile, your progress with its timestamps and your full history.
        </p>
        <p className="mt-3">
          <a href="/api/export" download className="text-accent underline underline-offset-2">
            Download my data
          </a>
        </p>
      </section>

      <section aria-labelledby="import-heading" className={card}>
        <h2 id="import-heading" className="font-semibold">
          Import an export
        </h2>
        <p className="mt-1 text-sm text-muted">
          Progress from the file merges into your account: per topic, the most recent change wins. A
          file with any problem is refused as a whole, and nothing changes.
        </p>
        <ImportForm />
      </section>

      <section aria-labelledby="delete-heading" className={card}>
        <h2 id="delete-heading" className="font-semibold">
          Delete your account
        </h2>
        <p className="mt-1 text-sm text-muted">
          Removes your account, its GitHub link, your sessions, progress and history for good.
          Export first if you may want it back.
        </p>
        <DeleteAccountForm login={user.login ?? ''} />
      </section>
    </div>
  );
}
