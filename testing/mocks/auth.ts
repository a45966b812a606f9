/** `@/auth` for integration tests: the session is `harness.user`, and signing out does nothing. */
import { vi } from 'vitest';

import { harness } from '../harness';

export const auth = async () => (harness.user ? { user: harness.user } : null);

export const signOut = vi.fn(async () => undefined);
