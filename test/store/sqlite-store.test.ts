import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open-store.ts';
import { SqliteStore, sqlitePathFromUrl } from '../../src/store/sqlite-store.ts';
import { MIGRATIONS } from '../../src/store/migrations.ts';
import { storeContract } from './store-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcb-sqlite-'));
const silent = pino({ level: 'silent' });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract('sqlite', () => openStore(`sqlite:${join(dir, 'contract', 'bot.sqlite')}`, silent));

describe('sqlite store specifics', () => {
  it('creates the directory, uses WAL and records each migration version', async () => {
    const path = join(dir, 'nested', 'deeper', 'bot.sqlite');
    const store = SqliteStore.open(path);
    await store.close();
    expect(existsSync(path)).toBe(true);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const versions = (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
    db.close();
  });

  it('upgrades a database of schema 5: its subscription, announced articles and pending digest become the main thread\'s', async () => {
    const path = join(dir, 'v5.sqlite');
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.version <= 5)) {
      old.exec(m.sqlite);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2025-01-01T00:00:00.000Z');
    }
    old.prepare(`INSERT INTO subscriptions (chat_id, chat_type, cadence, created_at, last_run_at) VALUES (-1005, 'supergroup', 'daily', '2025-11-01T00:00:00.000Z', '2025-11-02T09:00:00.000Z')`).run();
    old.prepare(`INSERT INTO chat_settings VALUES (-1005, 7, 'Asia/Baku', 'tr', '2025-11-01T00:00:00.000Z')`).run();
    old.prepare(`INSERT INTO announced_articles VALUES (-1005, '000_a', 'd0', '2025-11-02T09:00:00.000Z')`).run();
    old.prepare(`INSERT INTO digests (chat_id, digest_id, status, article_ids, parts, created_at) VALUES (-1005, 'dg', 'pending', '["001_b"]', '["<b>x</b>"]', '2025-11-03T09:00:00.000Z')`).run();
    old.close();

    const store = SqliteStore.open(path);
    expect(await store.getSubscription(-1005)).toEqual({
      chatId: -1005, threadId: 0, chatType: 'supergroup', cadence: 'daily', createdAt: '2025-11-01T00:00:00.000Z', lastRunAt: '2025-11-02T09:00:00.000Z',
      hour: 7, timeZone: 'Asia/Baku', language: 'tr', filters: [],
    });
    expect([...(await store.announcedArticleIds(-1005))]).toEqual(['000_a']);
    expect((await store.unfinishedDigests(-1005)).map((d) => [d.digestId, d.threadId, d.parts])).toEqual([['dg', 0, ['<b>x</b>']]]);
    // A topic of the same chat can now subscribe beside it.
    await store.subscribe({ chatId: -1005, threadId: 3, chatType: 'supergroup', cadence: 'weekly', now: new Date() });
    expect((await store.listSubscriptions()).map((s) => s.threadId)).toEqual([0, 3]);
    await store.close();
  });

  it('carries languages chosen for digests before version 7 over as the chats\' chosen languages, but not a default "en"', async () => {
    const path = join(dir, 'before-7.sqlite');
    const db = new Database(path);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((m) => m.version < 7)) {
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then');
    }
    const row = db.prepare('INSERT INTO chat_settings (chat_id, hour, time_zone, language, updated_at) VALUES (?, 9, ?, ?, ?)');
    row.run(1, 'UTC', 'ru', '2026-01-01T00:00:00.000Z');
    row.run(2, 'UTC', 'en', '2026-01-01T00:00:00.000Z');
    db.close();
    const store = SqliteStore.open(path);
    expect(await store.getChatLanguage(1)).toBe('ru');
    expect(await store.getChatLanguage(2)).toBeNull();
    await store.close();
  });

  it('reads the path from the URL, with the documented default', () => {
    expect(sqlitePathFromUrl('sqlite:data/bot.sqlite')).toBe('data/bot.sqlite');
    expect(sqlitePathFromUrl('sqlite:///tmp/x.sqlite')).toBe('/tmp/x.sqlite');
    expect(sqlitePathFromUrl('sqlite:')).toBe('data/bot.sqlite');
  });

  it('refuses a DATABASE_URL of an unknown kind', async () => {
    await expect(openStore('mysql://u:secret@h/db', silent)).rejects.toThrow(/must start with sqlite: or postgres:\/\//);
  });

  it('lets a second process take over a lock its holder never released, once the lease ran out', async () => {
    const path = join(dir, 'lease.sqlite');
    const store = SqliteStore.open(path);
    const db = new Database(path);
    db.prepare('INSERT INTO chat_locks (chat_id, owner, expires_at) VALUES (?, ?, ?)').run(5, 'dead-process', Date.now() + 60_000);
    expect(await store.withChatLock(5, async () => 'x')).toEqual({ locked: false });
    db.prepare('UPDATE chat_locks SET expires_at = ? WHERE chat_id = 5').run(Date.now() - 1);
    expect(await store.withChatLock(5, async () => 'x')).toEqual({ locked: true, value: 'x' });
    db.close();
    await store.close();
  });
});
