import { Client } from 'pg';

/**
 * The PostgreSQL server tests may use: TEST_DATABASE_URL names an admin connection (default: the
 * local server's `postgres` database). Tests create their own databases on it and drop them after.
 * The helpers below take another admin connection as their last argument (the bench's
 * DATABASE_URL); the same local-only guard and name check apply to it.
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

export function databaseUrl(name: string, admin = adminUrl): string {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(admin: string, run: (client: Client) => Promise<T>): Promise<T> {
  assertLocal(admin);
  const client = new Client({ connectionString: admin });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `No PostgreSQL server answers at ${new URL(admin).host} (${(error as Error).message}). ` +
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
export async function recreateDatabase(name: string, admin = adminUrl): Promise<string> {
  await withAdmin(admin, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${safeName(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${safeName(name)}`);
  });
  return databaseUrl(name, admin);
}

export async function dropDatabase(name: string, admin = adminUrl): Promise<void> {
  await withAdmin(admin, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${safeName(name)} WITH (FORCE)`),
  );
}

/** The server's version string, e.g. "15.20 (Debian 15.20-0+deb12u1)". */
export async function serverVersion(admin = adminUrl): Promise<string> {
  return withAdmin(admin, async (client) => {
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    return rows[0]!.server_version;
  });
}
