/**
 * PostgreSQL for tests: one throwaway database per test file (`tcb_test_<random>`), dropped afterwards,
 * so parallel runs never share rows. Where PostgreSQL is expected (CI=true) an unreachable server is a
 * failure; on a developer machine without one the suites are skipped, loudly.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';

export const PG_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * describe() when PostgreSQL answers; otherwise a failing test on CI, or a skipped suite with a
 * warning elsewhere.
 */
export async function describeWithPostgres(name: string, body: () => void): Promise<void> {
  if (await postgresReachable()) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it(`needs PostgreSQL at ${new URL(PG_ADMIN_URL).host} (CI=true)`, () => {
        throw new Error(`PostgreSQL is not reachable at ${new URL(PG_ADMIN_URL).host}; on CI these tests are mandatory`);
      });
    });
    return;
  }
  console.warn(`\n!!! PostgreSQL is being SKIPPED: no server at ${new URL(PG_ADMIN_URL).host}. "${name}" did not run. Set CI=true to make this a failure.\n`);
  describe.skip(name, body);
}

export interface TestDatabase {
  url: string;
  name: string;
  drop: () => Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `tcb_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Ends every other connection to the database, as a server restart or a network cut would. */
export async function terminateConnections(dbName: string): Promise<number> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    const res = await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [dbName]);
    return res.rowCount ?? 0;
  } finally {
    await c.end();
  }
}
