import { createHash } from 'node:crypto';

/** A GitHub user the stand-in can sign in as. Ids are numeric, as on GitHub. */
export type TestLearner = { id: number; login: string; name: string | null };

/** The ready-made learners offered on the authorize page (the end-to-end tests rely on them too). */
export const testLearners: TestLearner[] = [
  { id: 583231, login: 'octocat', name: 'The Octocat' },
  { id: 9919, login: 'hubot', name: null },
  { id: 2, login: 'defunkt', name: 'Chris' },
  { id: 1024025, login: 'monalisa', name: 'Mona Lisa' },
];

/** GitHub's own rule: letters, digits and single hyphens inside, at most 39 characters. */
const GITHUB_LOGIN = /^[a-z0-9](?:-?[a-z0-9])*$/;

/** A typed login in the form GitHub would accept, or undefined when GitHub would refuse it. */
export function normalizeLogin(typed: string): string | undefined {
  const login = typed.trim().toLowerCase();
  return login.length <= 39 && GITHUB_LOGIN.test(login) ? login : undefined;
}

/** A learner for a typed login, with an id derived from it so it stays the same across restarts. */
export function learnerFor(login: string): TestLearner {
  const id =
    10_000_000 + (createHash('sha256').update(login).digest().readUInt32BE(0) % 1_000_000_000);
  return { id, login, name: null };
}
