/**
 * Vitest's setup file (vitest.config.mts): in every test file, the session, the database client,
 * the request headers and `redirect` are stand-ins that read their state from testing/harness.ts,
 * so a test imports the code under test like any other module. A file that needs other stand-ins
 * mocks the same module itself, and its mock wins.
 */
import { vi } from 'vitest';

vi.mock('@/lib/auth/config', () => import('@/testing/mocks/auth'));
vi.mock('@/db', () => import('@/testing/mocks/db'));
vi.mock('next/headers', () => import('@/testing/mocks/headers'));
vi.mock('next/navigation', async (original) => ({
  ...(await original<object>()),
  ...(await import('@/testing/mocks/navigation')),
}));
