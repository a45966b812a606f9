'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, useTransition } from 'react';

import { endSession, signInWithGitHub } from '@/lib/auth/actions';
import type { MeUser } from '@/lib/progress/personal-view';
import { cohortsPath, signedOutPath, signInPath } from '@/lib/routes';

import { forgetSignedInUser, useLearner } from './progress/learnerStore';

/**
 * The header's account control. The server renders a sign-in button (works without JavaScript and
 * keeps pages static); in the browser it shows the learner the layout loaded and becomes a menu.
 * Under the local test sign-in it is a link to the sign-in page, which does not promise GitHub.
 */
export function AccountMenu({ localTestSignIn }: { localTestSignIn: boolean }) {
  const pathname = usePathname();
  const session = useLearner();

  if (session.user) return <SignedInMenu key={pathname} user={session.user} />;
  if (session.phase === 'ready' && !session.signInAvailable) {
    return (
      <Link
        href="/signin"
        className="text-sm whitespace-nowrap text-muted underline-offset-2 hover:underline"
      >
        Sign-in not configured
      </Link>
    );
  }
  if (localTestSignIn) {
    // The local stand-in's sign-in page explains that no GitHub account is involved.
    return (
      <Link href={signInPath(pathname)} className={`header-sign-in ${signInLook}`}>
        Sign in
      </Link>
    );
  }
  // GitHub is the only way in: the button starts its flow at once (a plain form, so it works
  // without JavaScript), and the learner comes back to this page.
  return (
    <form action={signInWithGitHub} className="header-sign-in">
      <input type="hidden" name="redirectTo" value={pathname} />
      <button type="submit" className={signInLook}>
        {/* Below 1024 px "Sign in" alone keeps the row short; the name still says where to. */}
        Sign in<span className="max-lg:sr-only"> with GitHub</span>
      </button>
    </form>
  );
}

const signInLook =
  'block rounded-md bg-ink px-3 py-1.5 text-sm font-medium whitespace-nowrap text-canvas';

function SignedInMenu({ user }: { user: MeUser }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const [signingOut, startSignOut] = useTransition();
  const menuId = useId();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      const outside = !container.current?.contains(event.target as Node);
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : outside) setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('click', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('click', close);
    };
  }, [open]);

  const displayName = user.name ?? user.login ?? 'Your account';
  return (
    <div ref={container} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-2 rounded-md border border-line px-2 py-1 text-sm"
      >
        {user.image && (
          // GitHub (or Enterprise) avatars are tiny and vary by host: no image optimisation needed.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={user.image} alt="" width={24} height={24} className="size-6 rounded-full" />
        )}
        {/* Below 1024 px the avatar alone stands for the account; the name stays in the label. */}
        <span className={`max-w-32 truncate ${user.image ? 'max-lg:sr-only' : 'max-lg:max-w-24'}`}>
          {displayName}
        </span>
        <span className="sr-only">: account menu</span>
      </button>
      {open && (
        <ul
          id={menuId}
          className="absolute right-0 z-20 mt-2 w-48 rounded-md border border-line bg-surface py-1 shadow-lg"
        >
          <li>
            <Link href={cohortsPath} className="block px-4 py-2 hover:bg-accent-soft">
              Cohorts
            </Link>
          </li>
          <li>
            <Link href="/settings" className="block px-4 py-2 hover:bg-accent-soft">
              Settings
            </Link>
          </li>
          <li>
            <button
              type="button"
              disabled={signingOut}
              onClick={() =>
                startSignOut(async () => {
                  await endSession();
                  forgetSignedInUser();
                  router.push(signedOutPath);
                  router.refresh();
                })
              }
              className="block w-full px-4 py-2 text-left hover:bg-accent-soft"
            >
              {signingOut ? 'Signing out…' : 'Sign out'}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
