import type { Metadata } from 'next';
import Link from 'next/link';

import { describeSignInError } from '@/lib/auth/errors';

import { SignInProblemNotice } from '../../_components/SignInProblemNotice';

export const metadata: Metadata = { title: 'Sign-in problem', robots: { index: false } };

export default async function SignInErrorPage({ searchParams }: PageProps<'/signin/error'>) {
  const { error } = await searchParams;
  const problem = describeSignInError(error ?? 'unknown')!;
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">Sign-in problem</h1>
      <SignInProblemNotice problem={problem} />
      <p className="mt-6 flex flex-wrap gap-4">
        <Link href="/signin" className="text-accent underline underline-offset-2">
          Try signing in again
        </Link>
        <Link href="/" className="text-accent underline underline-offset-2">
          Keep reading without an account
        </Link>
      </p>
    </div>
  );
}
