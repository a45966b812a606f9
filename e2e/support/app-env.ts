import { gitHubEnvFor } from '../../scripts/local-github/server';
import { mockGitHubUrl } from './local-github';

/** The port of the suite's shared server (E2E_PORT, so two checkouts can test side by side). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

// Auth.js needs one host name for the whole OAuth round trip: browse at localhost, not 127.0.0.1.
export const e2eBaseUrl = `http://localhost:${E2E_PORT}`;

/** The app under test: production build, real PostgreSQL, GitHub replaced by the local stand-in. */
export const appServerEnv = {
  AUTH_SECRET: 'e2e-only-secret-not-for-production-use-0123456789',
  ...gitHubEnvFor(mockGitHubUrl),
  SITE_URL: e2eBaseUrl,
  // Every test signs in and reads from this one machine's address; the limits themselves are
  // tested in Vitest.
  WAYMARK_SIGN_INS_PER_MINUTE_PER_IP: '100000',
  WAYMARK_READS_PER_MINUTE_PER_IP: '100000',
};
