import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite-store.ts';

const root = mkdtempSync(join(tmpdir(), 'tcb-report-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run report', () => {
  it('prints the /stats numbers and the latest unanswered questions for the last N days', async () => {
    const db = join(root, 'bot.sqlite');
    const store = SqliteStore.open(db);
    const ago = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    const base = { language: 'en', chatType: 'private' as const, confidence: 0.7, sourceIds: ['000_a'], userHash: 'h' };
    await store.recordQuestion({ ...base, id: 'a', askedAt: ago(1), question: 'Who is the Secretary General of TURKSOY?', found: true });
    await store.recordQuestion({ ...base, id: 'b', askedAt: ago(30), question: 'Is 5 < 6 & 7 > 3 in TURKSOY?', found: false, confidence: 0, sourceIds: [] });
    await store.recordQuestion({ ...base, id: 'c', askedAt: ago(24 * 10), question: 'Too old to count', found: false });
    await store.recordVote('a', 'h2', 1, new Date());
    await store.close();
    const run = spawnSync(join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['src/cli/report.ts', '--days', '7'], {
      env: { ...process.env, DATABASE_URL: `sqlite:${db}`, TELEGRAM_BOT_TOKEN: '' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Questions, last 24 hours: 1, answered 1 (100%)');
    expect(run.stdout).toContain('Questions, last 7 days: 2, answered 1 (50%)');
    expect(run.stdout).toContain('precision proxy (answers mostly 👍): 100%');
    expect(run.stdout).toContain('1. Is 5 < 6 & 7 > 3 in TURKSOY?');
    expect(run.stdout).not.toContain('Too old to count');
  });
});
