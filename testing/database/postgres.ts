import { Client } from 'pg';

/**
 * The PostgreSQL server tests may use: TEST_DATABASE_URL names an admin connection (default: the
 * local server's `postgres` database). Tests create their own databases on it and drop them after.
 */
export const adminUrl =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@localhost:5432/postgres';

/** Refuses any server that is not on this machine: tests drop databases. */
export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!['localhost', '127.0.0.1', '::1', '[::1]'].includes(host)) {
    throw new Error(
      `Refusing to run tests against ${host}: only a local PostgreSQL server is allowed.`,
    );
  }
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  assertLocal(adminUrl);
  const client = new Client({ connectionString: adminUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `No PostgreSQL server answers at ${new URL(adminUrl).host} (${(error as Error).message}). ` +
        'These tests need a real server: start one (.ci/run installs and starts Debian’s postgresql) ' +
        'or point TEST_DATABASE_URL at a local admin connection.',
    );
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const safeName = (name: string) => {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  return name;
};

/** Drops (if present) and creates an empty database; returns its URL. */
export async function recreateDatabase(name: string): Promise<string> {
  await withAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${safeName(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${safeName(name)}`);
  });
  return databaseUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((client) =>
    client.query(`DROP DATABASE IF EXISTS ${safeName(name)} WITH (FORCE)`),
  );
}
