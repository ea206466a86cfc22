/**
 * The shared record of articles on PostgreSQL: byte-exact round trip, first writer wins, a NOTIFY
 * per publish, and a listener that comes back after its connection is cut (a server restart).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pino } from 'pino';
import { openStore } from '../../src/store/open-store.ts';
import { SharedArticles } from '../../src/store/shared-articles.ts';
import { createTestDatabase, describeWithPostgres, terminateConnections, type TestDatabase } from './pg-test-db.ts';

const silent = pino({ level: 'silent' });

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

await describeWithPostgres('shared articles (PostgreSQL)', () => {
  let db: TestDatabase;
  let shared: SharedArticles;
  beforeAll(async () => {
    db = await createTestDatabase();
    await (await openStore(db.url, silent)).close();
    shared = new SharedArticles(db.url, silent, { baseDelayMs: 20, maxDelayMs: 200 });
  });
  afterAll(async () => {
    await shared?.close();
    await db?.drop();
  });

  it('keeps each article byte for byte under its id; the first one recorded under an id stays', async () => {
    const bytes = Buffer.from(' date 2026-01-12 Text with “quotes”, Türkçe and \r\n line endings.\n');
    expect(await shared.publish([{ id: '005_aaaaaaaaaaaaaaaa', bytes }], 'host-a')).toEqual(['005_aaaaaaaaaaaaaaaa']);
    expect(await shared.publish([{ id: '005_aaaaaaaaaaaaaaaa', bytes: Buffer.from('other') }], 'host-b')).toEqual([]);
    expect(await shared.ids()).toEqual(['005_aaaaaaaaaaaaaaaa']);
    const [back] = await shared.fetch(['005_aaaaaaaaaaaaaaaa', 'nope']);
    expect(back!.bytes.equals(bytes)).toBe(true);
  });

  it('tells listeners on connecting and on each publish, and listens again after its connection is cut', async () => {
    let changes = 0;
    const listener = shared.listen(() => changes++);
    try {
      await until(() => changes === 1); // connected: catch up
      await shared.publish([{ id: '006_bbbbbbbbbbbbbbbb', bytes: Buffer.from('x') }], 'host-a');
      await until(() => changes === 2);

      // Every connection to the database dropped, as in a server restart: it connects and listens again.
      await terminateConnections(db.name);
      await until(() => changes === 3);
      await shared.publish([{ id: '007_cccccccccccccccc', bytes: Buffer.from('y') }], 'host-a');
      await until(() => changes === 4);
    } finally {
      await listener.close();
    }
  });
});
