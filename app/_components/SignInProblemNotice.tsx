import type { SignInProblem } from '@/lib/auth/errors';

export function SignInProblemNotice({ problem }: { problem: SignInProblem }) {
  return (
    <div role="alert" className="mt-6 rounded-lg border-l-4 border-accent bg-accent-soft p-4">
      <h2 className="font-semibold">{problem.title}</h2>
      <p className="mt-1">{problem.detail}</p>
    </div>
  );
}
