// Applies db/migrations to the configured database.
//   npm run db:migrate   any database, the embedded one included (stop the server first: PGlite
//                        allows one process at a time)
//   npm run db:deploy    the build step: migrates a configured database, leaves the embedded one
//                        to migrate itself on start, and fails a Vercel build that has no database
import { connect } from '../db/connect';
import { chooseDatabase, describeTarget, planBuildMigration } from '../db/target';
import { replayReviewCards } from '../lib/checks/replay';
import { dataDir, env } from '../lib/env';

async function main() {
  if (process.argv.includes('--deploy')) {
    const plan = planBuildMigration(env);
    if (plan.action === 'fail') throw new Error(plan.message);
    if (plan.action === 'skip') return console.info(`[db] ${plan.reason}`);
  }
  const target = chooseDatabase(env, dataDir);
  console.info(`[db] migrating ${describeTarget(target)}`);
  const connection = await connect(target);
  try {
    await connection.migrate();
    // The data step of the FSRS migration: cards for attempts that have none yet.
    const replayed = await replayReviewCards(connection.db);
    if (replayed > 0) console.info(`[db] review cards replayed for ${replayed} learners`);
    console.info('[db] migrations are up to date');
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[db] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
