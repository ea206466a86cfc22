/**
 * A bot killed in the middle of a digest delivery (kill -9, a crash) left the chat's SQLite lock held
 * for its whole 10-minute lease: the next run said "1 busy elsewhere" with nothing else running. A
 * lock whose process is gone (same host, dead pid) is taken over at once; one whose holder may still
 * run (alive, or on another host) is not.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { lockHolderGone, SqliteStore, THIS_PROCESS, type LockHolder } from '../../src/store/sqlite-store.ts';
import { ROOT } from '../e2e/main-process.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tcb-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

function openFresh(): { file: string; store: SqliteStore } {
  const file = path.join(dir, `locks-${n++}.sqlite`);
  const store = SqliteStore.open(file);
  stores.push(store);
  return { file, store };
}

/** Writes a lock row as another process would have, with a lease far in the future. */
function plantLock(file: string, chatId: number, holder: { host: string | null; pid: number | null; run_id: string | null }): void {
  const db = new Database(file);
  db.prepare('INSERT INTO chat_locks (chat_id, owner, expires_at, host, pid, run_id) VALUES (?, ?, ?, ?, ?, ?)').run(chatId, 'other', Date.now() + 3_600_000, holder.host, holder.pid, holder.run_id);
  db.close();
}

const tryLock = (store: SqliteStore, chatId: number) => store.withChatLock(chatId, async () => 'delivered');

describe('SQLite digest lock of a process that is gone', () => {
  it('is taken over at once after its holder is killed with SIGKILL; while it runs, the chat is busy', { timeout: 30_000 }, async () => {
    const { file, store } = openFresh();
    const holder = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['test/store/fixtures/hold-chat-lock.ts', file, '77'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    holder.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    const deadline = Date.now() + 20_000;
    while (!out.includes('locked')) {
      if (Date.now() > deadline || holder.exitCode !== null) throw new Error(`lock holder did not start: ${out}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const pid = Number(/locked (\d+)/.exec(out)![1]);
    try {
      expect(await tryLock(store, 77)).toEqual({ locked: false });
      // Busy because its holder runs, not by chance: it still does.
      expect(isAlive(pid)).toBe(true);
    } finally {
      // The whole group: tsx and the node process that holds the lock.
      process.kill(-holder.pid!, 'SIGKILL');
      await exited;
    }
    // The holder's node process may outlive tsx by a moment: wait until its pid is gone.
    while (isAlive(pid)) await new Promise((r) => setTimeout(r, 20));
    expect(await tryLock(store, 77)).toEqual({ locked: true, value: 'delivered' });
  });

  it('is taken over when it was taken by an earlier run that had the same pid (a restarted container)', async () => {
    const { file, store } = openFresh();
    plantLock(file, 5, { host: THIS_PROCESS.host, pid: process.pid, run_id: 'an-earlier-run' });
    expect(await tryLock(store, 5)).toEqual({ locked: true, value: 'delivered' });
  });

  it('is not taken from a process on another host, nor from a lock written before holders were recorded', async () => {
    const { file, store } = openFresh();
    plantLock(file, 6, { host: 'another-host', pid: 999_999_999, run_id: 'x' });
    plantLock(file, 8, { host: null, pid: null, run_id: null });
    expect(await tryLock(store, 6)).toEqual({ locked: false });
    expect(await tryLock(store, 8)).toEqual({ locked: false });
  });

  it('is released as before when its holder finishes, and a lock this process holds stays busy', async () => {
    const { store } = openFresh();
    let inner: unknown;
    const outer = await store.withChatLock(9, async () => {
      inner = await tryLock(store, 9);
      return 'outer';
    });
    expect(outer).toEqual({ locked: true, value: 'outer' });
    expect(inner).toEqual({ locked: false });
    expect(await tryLock(store, 9)).toEqual({ locked: true, value: 'delivered' });
  });
});

describe('lockHolderGone', () => {
  const self = { host: 'h', pid: 100, runId: 'me' };
  const alive = (pid: number) => pid === 200;
  it.each<[LockHolder, boolean, string]>([
    [{ host: 'h', pid: 300, run_id: 'r' }, true, 'same host, pid not running'],
    [{ host: 'h', pid: 200, run_id: 'r' }, false, 'same host, pid running'],
    [{ host: 'h', pid: 100, run_id: 'r' }, true, 'our pid, an earlier run'],
    [{ host: 'h', pid: 100, run_id: 'me' }, false, 'this very run'],
    [{ host: 'other', pid: 300, run_id: 'r' }, false, 'another host'],
    [{ host: 'h', pid: null, run_id: null }, false, 'recorded before schema 2'],
  ])('%j -> %s (%s)', (holder, gone, _why) => {
    expect(lockHolderGone(holder, self, alive)).toBe(gone);
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
