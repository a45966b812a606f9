/** The GitHub users the mock knows. Ids are numeric, as on GitHub. */
export type MockUser = { id: number; login: string; name: string | null };

export const mockUsers: MockUser[] = [
  { id: 583231, login: 'octocat', name: 'The Octocat' },
  { id: 9919, login: 'hubot', name: null },
  { id: 2, login: 'defunkt', name: 'Chris' },
  { id: 1024025, login: 'monalisa', name: 'Mona Lisa' },
];

export const MOCK_CLIENT_ID = 'waymark-e2e-client';
export const MOCK_CLIENT_SECRET = 'waymark-e2e-secret';
export const MOCK_GITHUB_PORT = Number(process.env.MOCK_GITHUB_PORT ?? 3199);
export const mockGitHubUrl = `http://127.0.0.1:${MOCK_GITHUB_PORT}`;
