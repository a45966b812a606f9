import type { Metadata } from 'next';

import { requireUser } from '@/lib/auth/session';

import { SignOutButton } from '../_components/SignOutButton';

export const metadata: Metadata = { title: 'Settings', robots: { index: false } };

export default async function SettingsPage() {
  const user = await requireUser('/settings');
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">Settings</h1>
      <section
        aria-labelledby="account-heading"
        className="mt-6 rounded-lg border border-line bg-surface p-4"
      >
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
    </div>
  );
}
