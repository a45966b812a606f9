import { signOutOfWaymark } from '@/lib/auth/actions';

export function SignOutButton({ className = '' }: { className?: string }) {
  return (
    <form action={signOutOfWaymark}>
      <button
        type="submit"
        className={`rounded-md border border-line px-3 py-1.5 hover:bg-accent-soft ${className}`}
      >
        Sign out
      </button>
    </form>
  );
}
