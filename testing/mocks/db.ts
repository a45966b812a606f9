/** `@/db` for integration tests: the database `useTestDatabase` opened. */
import { testDatabase } from '../integration';

export const getDb = async () => testDatabase().db;
