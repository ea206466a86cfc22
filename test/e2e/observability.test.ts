/**
 * /healthz and /metrics from the real src/main.ts in polling mode: off by default; with METRICS_PORT,
 * served on 127.0.0.1 before and while the bot runs, counting the questions it answers and the Bot API
 * errors it meets (here, a setMyCommands the fake API refuses).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, healthyBotApi, privateMessage, startFakeBotApi, startMain, type FakeBotApi, type MainProcess } from './main-process.ts';

const TOKEN = '555333:OPS-test-token-never-logged';

describe('health and metrics port', { timeout: 60_000 }, () => {
  let api: FakeBotApi;
  let bot: MainProcess;
  let port: number;

  beforeAll(async () => {
    api = await startFakeBotApi((method) => (method === 'setMyCommands' ? { ok: false, error_code: 400, description: 'Bad Request: BOT_COMMANDS_TOO_MUCH' } : healthyBotApi(method)));
    port = await freePort();
    bot = startMain({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, METRICS_PORT: String(port) });
    await bot.waitFor('"msg":"bot starting"');
  }, 60_000);

  afterAll(async () => {
    await bot?.stop();
    await api?.close();
  }, 30_000);

  it('reports health on 127.0.0.1: the index loaded with its articles, the database reachable', async () => {
    await bot.waitFor(`"msg":"health and metrics listening (/healthz, /metrics)"`);
    expect(bot.output()).toContain(`"host":"127.0.0.1","port":${port}`);
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; index: { loaded: boolean; articles: number; ageSeconds: number }; database: { reachable: boolean } };
    expect(body.ok).toBe(true);
    expect(body.index.loaded).toBe(true);
    expect(body.index.articles).toBeGreaterThan(0);
    expect(body.index.ageSeconds).toBeGreaterThanOrEqual(0);
    expect(body.database.reachable).toBe(true);
  });

  it('counts the questions answered and the Bot API errors met', async () => {
    api.push(privateMessage(6001, 'Who is the Secretary General of TURKSOY?'));
    api.push(privateMessage(6002, 'Кто генеральный секретарь ТЮРКСОЙ?'));
    await api.waitForSent(6001, 1);
    await api.waitForSent(6002, 1);
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(text).toMatch(/tcb_questions_total\{language="en",outcome="\w+"\} 1/);
    expect(text).toMatch(/tcb_questions_total\{language="ru",outcome="\w+"\} 1/);
    expect(text).toMatch(/tcb_answer_duration_seconds_count\{outcome="\w+"\} [12]/);
    expect(text).toContain('tcb_telegram_errors_total{method="setMyCommands",code="400"} 1');
    expect(text).toMatch(/tcb_index_articles [1-9]/);
    expect(text).toContain('tcb_database_up 1');
  });
});

describe('without METRICS_PORT', { timeout: 60_000 }, () => {
  it('opens no health or metrics port', async () => {
    const api = await startFakeBotApi();
    const bot = startMain({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url });
    try {
      await bot.waitFor('"msg":"bot starting"');
      expect(bot.output()).not.toContain('health and metrics listening');
    } finally {
      await bot.stop();
      await api.close();
    }
  });
});
