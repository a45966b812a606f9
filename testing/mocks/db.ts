/** `@/db` for integration tests: the database `useTestDatabase` opened. */
import { testDatabase } from '../harness';

export const getDb = async () => testDatabase().db;
