/**
 * The database down at start-up: the store connection keeps trying in the background, answers with
 * StoreUnavailableError meanwhile, and works once the database is back. Against real PostgreSQL, the
 * server is "stopped" and "started" by a TCP forwarder on a port of its own.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { openStore } from '../../src/store/open-store.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { connectStore, isStoreUnavailable, StoreUnavailableError, type StoreConnection } from '../../src/store/store-connection.ts';
import { freePort } from '../e2e/main-process.ts';
import { createTestDatabase, describeWithPostgres, PG_ADMIN_URL, type TestDatabase } from './pg-test-db.ts';
import { tcpProxy, type TcpProxy } from './tcp-proxy.ts';

const silent = pino({ level: 'silent' });
const NOW = new Date('2025-11-25T10:00:00Z');

/** Polls until the connection is up; the deadline is generous, the waits are short. */
async function connected(c: StoreConnection, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!c.connected()) {
    if (Date.now() > deadline) throw new Error('store did not connect');
    await new Promise((r) => setTimeout(r, 20));
  }
}

let connection: StoreConnection | undefined;
afterEach(async () => {
  await connection?.close();
  connection = undefined;
});

describe('connectStore', () => {
  it('connects at once when the database is there', async () => {
    connection = await connectStore(() => SqliteStore.open(':memory:'), { logger: silent });
    expect(connection.connected()).toBe(true);
    await connection.store.subscribe({ chatId: 1, chatType: 'private', cadence: 'daily', now: NOW });
    expect(await connection.store.getSubscription(1)).toMatchObject({ cadence: 'daily' });
  });

  it('keeps trying in the background, refusing calls with StoreUnavailableError until it connects', async () => {
    let attempts = 0;
    connection = await connectStore(
      () => {
        if (++attempts < 3) throw new Error('store: cannot connect to PostgreSQL at db:5432/bot (ECONNREFUSED)');
        return SqliteStore.open(':memory:');
      },
      { logger: silent, baseDelayMs: 5, maxDelayMs: 20 },
    );
    expect(connection.connected()).toBe(false);
    const refused = await connection.store.listSubscriptions().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreUnavailableError);
    expect(isStoreUnavailable(refused)).toBe(true);
    await connection.ready;
    expect(attempts).toBe(3);
    expect(await connection.store.listSubscriptions()).toEqual([]);
  });

  it('stops trying when closed', async () => {
    let attempts = 0;
    connection = await connectStore(
      () => {
        attempts++;
        throw new Error('down');
      },
      { logger: silent, baseDelayMs: 10_000 },
    );
    await connection.close();
    connection = undefined;
    expect(attempts).toBe(1);
  });
});

await describeWithPostgres('connectStore on PostgreSQL that is down, then up', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let url: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    const target = new URL(PG_ADMIN_URL);
    proxy = tcpProxy(await freePort(), { host: target.hostname, port: Number(target.port || 5432) });
    const u = new URL(db.url);
    u.port = String(proxy.port);
    url = u.toString();
  });
  afterAll(async () => {
    await proxy?.stop();
    await db?.drop();
  });

  it('reconnects when the server starts listening, and survives the server going away and coming back', async () => {
    // Down at start-up: nothing listens on the proxy's port yet.
    connection = await connectStore(() => openStore(url, silent), { logger: silent, baseDelayMs: 20, maxDelayMs: 200 });
    expect(connection.connected()).toBe(false);
    await expect(connection.store.getSubscription(7)).rejects.toBeInstanceOf(StoreUnavailableError);

    await proxy.start();
    await connected(connection);
    await connection.store.subscribe({ chatId: 7, chatType: 'private', cadence: 'weekly', now: NOW });
    expect(await connection.store.getSubscription(7)).toMatchObject({ cadence: 'weekly' });

    // The server goes away while the bot runs: calls fail as "unavailable" (after the store's own
    // retries), and work again once it is back, on new connections.
    await proxy.stop();
    const failure = await connection.store.getSubscription(7).catch((e: unknown) => e);
    expect(isStoreUnavailable(failure)).toBe(true);
    await proxy.start();
    expect(await connection.store.getSubscription(7)).toMatchObject({ cadence: 'weekly' });
  });
});
