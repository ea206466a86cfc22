import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../store/pg-test-db.ts';
import { silentLogger } from './fixtures/delivery.ts';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const WORKER = join(process.cwd(), 'test', 'digest', 'fixtures', 'deliver-worker.ts');
const CHATS = Array.from({ length: 8 }, (_, i) => -1002000000000 - i);
/** Forum topics of the first chat, each with its own filter, beside its main thread. */
const TOPICS = [
  { chatId: CHATS[0]!, threadId: 11, filters: ['poetry'] },
  { chatId: CHATS[0]!, threadId: 22, filters: ['Kazakhstan'] },
];

function runWorker(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [WORKER], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

await describeWithPostgres('two processes delivering at the same moment (PostgreSQL)', () => {
  let db: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'tcb-two-proc-'));
  beforeAll(async () => {
    db = await createTestDatabase();
    const store = await openStore(db.url, silentLogger);
    for (const chatId of CHATS) await store.subscribe({ chatId, chatType: 'supergroup', cadence: 'daily', now: new Date('2025-11-24T12:00:00Z') });
    for (const topic of TOPICS) await store.subscribe({ ...topic, chatType: 'supergroup', cadence: 'daily', now: new Date('2025-11-24T12:00:00Z') });
    await store.close();
  });
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('delivers each digest exactly once, forum topics with filters included', { timeout: 60_000 }, async () => {
    const sentLog = join(dir, 'sent.jsonl');
    writeFileSync(sentLog, '');
    const env = { DATABASE_URL: db.url, SENT_LOG: sentLog, START_AT: String(Date.now() + 4000), NOW: '2025-11-25T09:02:00Z' };
    const results = await Promise.all([runWorker(env), runWorker(env)]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);

    const sends = readFileSync(sentLog, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { pid: number; chatId: number; threadId: number; html: string });
    const key = (s: { chatId: number; threadId: number }) => `${s.chatId}/${s.threadId}`;
    expect(sends.map(key).sort(), `reports: ${results.map((r) => r.stdout.trim()).join(' ')}`).toEqual([...CHATS.map((chatId) => key({ chatId, threadId: 0 })), ...TOPICS.map(key)].sort());
    // Each topic got what passes its own filter.
    const topicHtml = (threadId: number) => sends.find((s) => s.chatId === CHATS[0] && s.threadId === threadId)!.html;
    expect(topicHtml(11)).toContain('Vagif Poetry Days');
    expect(topicHtml(11)).not.toContain('Turkic World Youth Meeting');
    expect(topicHtml(22)).toContain('Turkic World Youth Meeting');
    expect(topicHtml(22)).not.toContain('Vagif Poetry Days');

    const reports = results.map((r) => JSON.parse(r.stdout.trim()) as { digestsSent: number; busy: number; startedAt: number; endedAt: number });
    expect(reports.reduce((n, r) => n + r.digestsSent, 0)).toBe(CHATS.length + TOPICS.length);
    // The test proves something only if the two runs overlapped in time.
    const [a, b] = reports as [(typeof reports)[0], (typeof reports)[0]];
    expect(a.startedAt < b.endedAt && b.startedAt < a.endedAt).toBe(true);

    // Every chat is recorded once as sent and all its articles announced, whoever sent it.
    const store = await openStore(db.url, silentLogger);
    try {
      for (const where of [...CHATS.map((chatId) => ({ chatId, threadId: 0 })), ...TOPICS]) {
        expect(await store.unfinishedDigests(where)).toEqual([]);
        expect((await store.announcedArticleIds(where)).size).toBe(3);
      }
    } finally {
      await store.close();
    }
  });
});
