// Gives the end-to-end server a fresh, migrated PostgreSQL database, then exits.
import { connect } from '../../db/connect';
import { recreateDatabase } from './postgres';

async function main(name: string | undefined) {
  if (!name) throw new Error('usage: prepare-e2e-database <name>');
  const connection = await connect({ driver: 'node-postgres', url: await recreateDatabase(name) });
  await connection.migrate();
  await connection.close();
  console.log(`[e2e] database ${name} is fresh and migrated`);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
