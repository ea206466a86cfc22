import { afterAll, beforeAll, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.ts';
import { PostgresStore, describePgUrl } from '../../src/store/postgres-store.ts';
import { MIGRATIONS } from '../../src/store/migrations.ts';
import { isTransientPgError } from '../../src/store/pg-retry.ts';
import type { Store } from '../../src/store/store.ts';
import { storeContract } from './store-contract.ts';
import { createTestDatabase, describeWithPostgres, terminateConnections, type TestDatabase } from './pg-test-db.ts';

const silent = pino({ level: 'silent' });

/** A logger whose lines land in an array, to check what reaches the logs. */
function capturingLogger(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: 'trace' }, stream), lines };
}

await describeWithPostgres('postgres store', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  storeContract('postgres', () => openStore(db.url, silent));

  it('records each migration version once, even when two instances start together', async () => {
    const fresh = await createTestDatabase();
    try {
      const [a, b] = await Promise.all([PostgresStore.open(fresh.url), PostgresStore.open(fresh.url)]);
      await Promise.all([a.close(), b.close()]);
      const c = new pg.Client({ connectionString: fresh.url });
      await c.connect();
      const { rows } = await c.query('SELECT version FROM schema_migrations ORDER BY version');
      await c.end();
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      await fresh.drop();
    }
  });

  it('names the host, never the password, when the database is down at start-up', async () => {
    const { logger, lines } = capturingLogger();
    // Port 1 on localhost: nothing listens there.
    const url = 'postgres://bot:s3cret-pa55@127.0.0.1:1/botdb';
    const err = await openStore(url, logger).then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/^store: cannot connect to PostgreSQL at 127\.0\.0\.1:1\/botdb/);
    expect(err?.message).not.toContain('s3cret-pa55');
    expect(JSON.stringify(err, Object.getOwnPropertyNames(err))).not.toContain('s3cret-pa55');
    expect(lines.join('')).not.toContain('s3cret-pa55');
    expect(describePgUrl(url)).toBe('127.0.0.1:1/botdb');
  });

  it('retries a call whose connection drops while it runs', async () => {
    const { logger, lines } = capturingLogger();
    const store: Store = await openStore(db.url, logger);
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    try {
      await store.subscribe({ chatId: 9001, chatType: 'private', cadence: 'daily', now: new Date('2026-01-01T00:00:00Z') });
      // Hold the table so the store's query is surely in flight when its connection is cut.
      await admin.query('BEGIN');
      await admin.query('LOCK TABLE subscriptions IN ACCESS EXCLUSIVE MODE');
      const pending = store.getSubscription(9001);
      const waiting = async () =>
        (await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`, [db.name])).rows[0].n as number;
      for (let i = 0; i < 100 && (await waiting()) === 0; i++) await new Promise((r) => setTimeout(r, 20));
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`,
        [db.name],
      );
      await admin.query('COMMIT');
      await admin.end();
      expect((await pending)?.cadence).toBe('daily');
      expect(lines.some((l) => l.includes('postgres call failed, retrying'))).toBe(true);
      // And the pool still works for the next calls, idle connections cut included.
      expect(await terminateConnections(db.name)).toBeGreaterThan(0);
      await store.markArticlesAnnounced(9001, ['000_a'], 'd', new Date());
      expect([...(await store.announcedArticleIds(9001))]).toEqual(['000_a']);
    } finally {
      await admin.end().catch(() => undefined);
      await store.close();
    }
  });

  it('tells a dropped connection from a failing statement', () => {
    expect(isTransientPgError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isTransientPgError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientPgError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransientPgError(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false);
    expect(isTransientPgError(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
  });
});
