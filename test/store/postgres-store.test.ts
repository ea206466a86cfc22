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

  it('upgrades a database of schema 5: its subscription, announced articles and pending digest become the main thread\'s', async () => {
    const fresh = await createTestDatabase();
    try {
      const c = new pg.Client({ connectionString: fresh.url });
      await c.connect();
      await c.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      for (const m of MIGRATIONS.filter((x) => x.version <= 5)) {
        await c.query(m.postgres);
        await c.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [m.version, m.name, '2025-01-01T00:00:00.000Z']);
      }
      await c.query(`INSERT INTO subscriptions (chat_id, chat_type, cadence, created_at) VALUES (-1001987654321, 'supergroup', 'weekly', '2025-11-01T00:00:00Z')`);
      await c.query(`INSERT INTO announced_articles VALUES (-1001987654321, '000_a', 'd0', '2025-11-02T09:00:00Z')`);
      await c.query(`INSERT INTO digests (chat_id, digest_id, status, article_ids, parts, created_at) VALUES (-1001987654321, 'dg', 'pending', '["001_b"]', '["p"]', '2025-11-03T09:00:00Z')`);
      await c.end();

      const store = await PostgresStore.open(fresh.url);
      try {
        expect(await store.getSubscription(-1001987654321)).toMatchObject({ chatId: -1001987654321, threadId: 0, cadence: 'weekly', filters: [] });
        expect([...(await store.announcedArticleIds(-1001987654321))]).toEqual(['000_a']);
        expect((await store.unfinishedDigests(-1001987654321)).map((d) => [d.digestId, d.threadId])).toEqual([['dg', 0]]);
        await store.subscribe({ chatId: -1001987654321, threadId: 3, chatType: 'supergroup', cadence: 'daily', now: new Date() });
        expect((await store.listSubscriptions()).map((s) => s.threadId)).toEqual([0, 3]);
      } finally {
        await store.close();
      }
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
