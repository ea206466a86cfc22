/**
 * PostgreSQL down when the bot starts, through the real src/main.ts: questions are answered, the
 * subscription commands say they are briefly unavailable, and once the server is reachable the bot
 * connects by itself and /subscribe works, with no restart.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import { SUBSCRIPTIONS_UNAVAILABLE } from '../../src/telegram/subscribe-commands.ts';
import { createTestDatabase, describeWithPostgres, PG_ADMIN_URL, type TestDatabase } from '../store/pg-test-db.ts';
import { tcpProxy, type TcpProxy } from '../store/tcp-proxy.ts';
import { freePort, privateMessage, startFakeBotApi, startMain, type FakeBotApi, type MainProcess } from './main-process.ts';

const TOKEN = '555222:DBDOWN-test-token-never-logged';
const CHAT = 5001;

await describeWithPostgres('database down at start-up', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let api: FakeBotApi;
  let bot: MainProcess;
  let metricsPort: number;
  const health = async () => {
    const res = await fetch(`http://127.0.0.1:${metricsPort}/healthz`);
    return { status: res.status, body: (await res.json()) as { database: { connected: boolean } } };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const target = new URL(PG_ADMIN_URL);
    proxy = tcpProxy(await freePort(), { host: target.hostname, port: Number(target.port || 5432) });
    api = await startFakeBotApi();
    const url = new URL(db.url);
    url.port = String(proxy.port);
    url.password = 'never-in-logs-42';
    metricsPort = await freePort();
    bot = startMain({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, DATABASE_URL: url.toString(), METRICS_PORT: String(metricsPort) });
  }, 60_000);

  afterAll(async () => {
    await bot?.stop();
    await api?.close();
    await proxy?.stop();
    await db?.drop();
  }, 30_000);

  it('answers questions, says subscriptions are briefly unavailable, and reconnects when the database is back', { timeout: 90_000 }, async () => {
    await bot.waitFor('"msg":"database unavailable at start-up: answering questions; subscriptions and digests wait until it is back"');
    await bot.waitFor('"msg":"bot starting"');
    expect(await health()).toMatchObject({ status: 503, body: { database: { connected: false } } });

    api.push(privateMessage(CHAT, '/subscribe daily'));
    expect((await api.waitForSent(CHAT, 1)).at(-1)).toBe(SUBSCRIPTIONS_UNAVAILABLE);

    // Questions need no database.
    api.push(privateMessage(CHAT, 'Who is the Secretary General of TURKSOY?'));
    expect((await api.waitForSent(CHAT, 2)).at(-1)).not.toBe(SUBSCRIPTIONS_UNAVAILABLE);

    await proxy.start();
    await bot.waitFor('"msg":"database connected: subscriptions and digests are available again"', 60_000);
    expect(await health()).toMatchObject({ status: 200, body: { database: { connected: true } } });
    api.push(privateMessage(CHAT, '/subscribe daily'));
    expect((await api.waitForSent(CHAT, 3)).at(-1)).toMatch(/^Subscribed: event digest daily at 09:00 UTC/);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT cadence FROM subscriptions WHERE chat_id = $1', [CHAT]);
      expect(rows).toEqual([{ cadence: 'daily' }]);
    } finally {
      await client.end();
    }
    expect(bot.output()).not.toContain('never-in-logs-42');
    expect(bot.output()).not.toContain(TOKEN.split(':')[1]);
  });
});
