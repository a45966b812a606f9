import type { GitHubProfile } from 'next-auth/providers/github';
import { describe, expect, it } from 'vitest';

const { gitHubProvider } = await import('./github');

const fromGitHub = (fields: Partial<GitHubProfile>) =>
  gitHubProvider().options!.profile!(
    { id: 7, login: 'mona', avatar_url: 'https://avatars.example/7', ...fields } as GitHubProfile,
    {},
  );

describe('the GitHub profile Waymark keeps', () => {
  it('keeps the GitHub name without direction overrides or zero-width characters', async () => {
    expect(await fromGitHub({ name: 'Mona\u202E\u200BtaC' })).toMatchObject({
      id: '7',
      login: 'mona',
      name: 'MonataC',
    });
  });

  it('falls back to the login when nothing visible is left, or there is no name', async () => {
    expect((await fromGitHub({ name: '\u202E\u200B' })).name).toBe('mona');
    expect((await fromGitHub({ name: null })).name).toBe('mona');
  });
});
