import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';

const root = mkdtempSync(join(tmpdir(), 'tcb-digest-cli-'));
const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const CHAT = -1009990001;
const calls: { method: string; body: Record<string, unknown> }[] = [];
let server: Server;
let apiRoot = '';

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['src/cli/digest.ts', ...args], {
      env: { ...process.env, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot, DATABASE_URL: `sqlite:${join(root, 'bot.sqlite')}`, INDEX_DIR: join(root, 'index'), LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  mkdirSync(join(root, 'seeds'));
  writeFileSync(join(root, 'seeds', '000_0000000000000001.txt'), ' date 2026-11-20 The Turkic World Youth Festival was held in Almaty on 19 November 2026.\n');
  buildIndex({ seedsDir: join(root, 'seeds'), outDir: join(root, 'index') });
  const store = SqliteStore.open(join(root, 'bot.sqlite'));
  // Subscribed three days ago: a daily digest is due whatever the time of day the test runs.
  await store.subscribe({ chatId: CHAT, chatType: 'supergroup', cadence: 'daily', now: new Date(Date.now() - 3 * 86_400_000) });
  await store.close();
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const method = req.url!.split('/').pop()!;
      calls.push({ method, body: body ? (JSON.parse(body) as Record<string, unknown>) : {} });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: true, result: { message_id: 77, date: 0, chat: { id: CHAT, type: 'supergroup' }, text: 'x' } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  apiRoot = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  rmSync(root, { recursive: true, force: true });
});

describe('npm run digest', () => {
  it('--dry-run prints the due digest and sends nothing', { timeout: 30_000 }, async () => {
    const run = await runCli(['--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`=== chat ${CHAT}`);
    expect(run.stdout).toContain('Turkic World Youth Festival');
    expect(calls).toEqual([]);
  });

  it('--once sends the due digest through the Bot API, and a second run sends nothing', { timeout: 30_000 }, async () => {
    const first = await runCli(['--once']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('1 sent (1 messages)');
    const sends = calls.filter((c) => c.method === 'sendMessage');
    expect(sends).toHaveLength(1);
    expect(sends[0]!.body).toMatchObject({ chat_id: CHAT, parse_mode: 'HTML' });
    expect(String(sends[0]!.body.text)).toContain('Turkic World Youth Festival');

    const second = await runCli(['--once']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('0 due');
    expect(calls.filter((c) => c.method === 'sendMessage')).toHaveLength(1);
  });

  it('without --once explains itself and exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run digest -- --once');
  });
});
