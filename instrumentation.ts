/** Runs once when the server starts: refuse to start misconfigured, and prepare the database. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    await (await import('./lib/startup')).prepareServerOrExit();
  }
}
