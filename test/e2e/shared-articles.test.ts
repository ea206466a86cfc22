/**
 * Several instances on one PostgreSQL share ingested articles: two real bot processes, each with its own
 * seeds/ and index/ (as on two machines), and `npm run ingest` run for one of them. Both then answer a
 * question about the new article, citing it; the other one got it through the database and a NOTIFY,
 * without a restart.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../store/pg-test-db.ts';
import { privateMessage, ROOT, startFakeBotApi, startMain, type FakeBotApi, type MainProcess } from './main-process.ts';

const ARTICLE = ` date 2026-01-12 BISHKEK. The Kyrgyz National Philharmonic will host the first Turkic Komuz Festival on 20 March 2026, Kabar reports. Azamat Tursunbekov, the Director of the Kyrgyz National Philharmonic, said that performers from Kazakhstan, Uzbekistan and Azerbaijan will take part in the festival.

The festival is organized with the support of TURKSOY.
`;
const QUESTION = 'Who is the Director of the Kyrgyz National Philharmonic?';

interface Instance {
  dir: string;
  api: FakeBotApi;
  bot: MainProcess;
}

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

await describeWithPostgres('two instances on one PostgreSQL', () => {
  let db: TestDatabase;
  const instances: Instance[] = [];
  const work = mkdtempSync(path.join(tmpdir(), 'tcb-shared-'));

  beforeAll(async () => {
    db = await createTestDatabase();
    for (const name of ['a', 'b']) {
      const dir = path.join(work, name);
      cpSync(path.join(ROOT, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
      cpSync(path.join(ROOT, 'index'), path.join(dir, 'index'), { recursive: true });
      const api = await startFakeBotApi();
      const bot = startMain(
        { TELEGRAM_BOT_TOKEN: `55566${instances.length}:SHARED-test-token-${name}-xxxxxxxx`, TELEGRAM_API_ROOT: api.url, DATABASE_URL: db.url, INDEX_DIR: path.join(dir, 'index') },
        { cwd: dir, indexDir: path.join(dir, 'index') },
      );
      instances.push({ dir, api, bot });
    }
    for (const { bot } of instances) {
      await bot.waitFor('"msg":"bot starting"');
      await bot.waitFor('"msg":"shared articles: listening"');
    }
  }, 90_000);

  afterAll(async () => {
    for (const { bot, api } of instances) {
      await bot.stop();
      await api.close();
    }
    await db?.drop();
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('answers, on both instances, a question about an article ingested through one of them', { timeout: 120_000 }, async () => {
    const [a, b] = instances as [Instance, Instance];
    b.api.push(privateMessage(7002, QUESTION));
    expect((await b.api.waitForSent(7002, 1))[0]).not.toContain('Tursunbekov');

    const file = path.join(work, 'philharmonic.txt');
    writeFileSync(file, ARTICLE);
    const ingest = await run(['src/cli/ingest.ts', '--seeds', path.join(a.dir, 'seeds'), '--index', path.join(a.dir, 'index'), file], { DATABASE_URL: db.url });
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toContain('ingest: shared with every instance through PostgreSQL: 1 new, 0 already shared');
    const id = /-> .*\/(\d{3}_[0-9a-f]{16})\.txt/.exec(ingest.stdout)![1]!;

    // A reloads the index ingest rebuilt; B copies the article in, rebuilds and reloads.
    await a.bot.waitFor('"msg":"index reloaded"', 60_000);
    await b.bot.waitFor('"msg":"articles ingested elsewhere copied into seeds/, index rebuilt"', 60_000);
    await b.bot.waitFor('"msg":"index reloaded"', 60_000);
    expect(b.bot.output()).toContain(`"added":["${id}"]`);

    a.api.push(privateMessage(7001, QUESTION));
    b.api.push(privateMessage(7002, QUESTION));
    for (const [instance, chat, count] of [
      [a, 7001, 1],
      [b, 7002, 2],
    ] as const) {
      const reply = (await instance.api.waitForSent(chat, count)).at(-1)!;
      expect(reply).toContain('Azamat Tursunbekov');
      expect(reply).toContain(id);
    }
  });
});
