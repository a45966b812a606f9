/** Where the end-to-end suite runs its GitHub stand-in (scripts/local-github, test controls on). */
export const MOCK_GITHUB_PORT = Number(process.env.MOCK_GITHUB_PORT ?? 3199);
export const mockGitHubUrl = `http://127.0.0.1:${MOCK_GITHUB_PORT}`;
