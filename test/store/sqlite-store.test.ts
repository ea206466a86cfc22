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
