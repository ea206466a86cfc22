import net from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { secretMatches, startBot, type RunningBot } from '../../src/telegram/launch.ts';
import { captureLogger, makeBot, stubApi, textUpdate } from './helpers/harness.ts';

const TOKEN = '123456:TEST-token-for-tests-only';
const SECRET = 'webhook-secret-0123456789';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let running: RunningBot | undefined;
afterEach(async () => {
  await running?.stop('test over');
  running = undefined;
  vi.restoreAllMocks();
});

describe('secretMatches', () => {
  it('accepts only the exact secret', () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true);
    expect(secretMatches(`${SECRET}x`, SECRET)).toBe(false);
    expect(secretMatches(undefined, SECRET)).toBe(false);
    expect(secretMatches([SECRET], SECRET)).toBe(false);
  });
});

describe('webhook mode', () => {
  it('registers the webhook with its secret and serves only requests that carry it', async () => {
    const api = stubApi();
    const port = await freePort();
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      BOT_MODE: 'webhook',
      WEBHOOK_DOMAIN: 'https://bot.example.org/',
      WEBHOOK_PORT: String(port),
      WEBHOOK_PATH: '/telegram',
      WEBHOOK_SECRET: SECRET,
    });
    const { bot, questions } = makeBot();
    running = await startBot(bot, config, captureLogger().logger);
    expect(running.mode).toBe('webhook');
    expect(api.of('setWebhook')[0]?.payload).toMatchObject({ url: 'https://bot.example.org/telegram', secret_token: SECRET });

    const url = `http://127.0.0.1:${port}/telegram`;
    const body = JSON.stringify(textUpdate('Who is the Secretary General?'));
    const post = (headers: Record<string, string>, to = url) => fetch(to, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': 'wrong-secret-0123456789' })).status).toBe(401);
    expect((await fetch(url)).status).toBe(405);
    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': SECRET }, `http://127.0.0.1:${port}/other`)).status).toBe(404);
    expect(questions).toEqual([]);

    expect((await post({ 'X-Telegram-Bot-Api-Secret-Token': SECRET })).status).toBe(200);
    expect(questions).toEqual(['Who is the Secretary General?']);
    expect(api.texts()).toHaveLength(1);

    await running.stop('test');
    await expect(running.done).resolves.toBeUndefined();
    await expect(post({ 'X-Telegram-Bot-Api-Secret-Token': SECRET })).rejects.toThrow();
  });
});

describe('WEBHOOK_HOST', () => {
  it('binds the webhook server to the address given (127.0.0.1 behind a reverse proxy), and only there', async () => {
    stubApi();
    const port = await freePort();
    const { logger, lines } = captureLogger();
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      BOT_MODE: 'webhook',
      WEBHOOK_DOMAIN: 'bot.example.org',
      WEBHOOK_HOST: '127.0.0.1',
      WEBHOOK_PORT: String(port),
      WEBHOOK_SECRET: SECRET,
    });
    running = await startBot(makeBot().bot, config, logger);
    expect(lines.find((l) => l.msg === 'webhook set and listening')).toMatchObject({ host: '127.0.0.1', port });
    expect((await fetch(`http://127.0.0.1:${port}/telegram`)).status).toBe(405);
    // Another address of this machine, when it has one, gets no answer.
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) await expect(fetch(`http://${external.address}:${port}/telegram`, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();
  });

  it('listens on every interface when unset', async () => {
    stubApi();
    const port = await freePort();
    const { logger, lines } = captureLogger();
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_DOMAIN: 'bot.example.org', WEBHOOK_PORT: String(port), WEBHOOK_SECRET: SECRET });
    running = await startBot(makeBot().bot, config, logger);
    expect(lines.find((l) => l.msg === 'webhook set and listening')).toMatchObject({ host: 'all interfaces', port });
    expect((await fetch(`http://127.0.0.1:${port}/telegram`)).status).toBe(405);
  });
});

describe('polling mode', () => {
  it('takes updates from getUpdates, answers them, and stops cleanly', async () => {
    const pending = [textUpdate('polled question')];
    const api = stubApi({
      getUpdates: async (payload) => {
        if (payload.limit === 1) return [];
        const batch = pending.splice(0);
        if (!batch.length) await new Promise((r) => setTimeout(r, 20));
        return batch;
      },
    });
    const { bot, questions } = makeBot();
    running = await startBot(bot, loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN }), captureLogger().logger);
    expect(running.mode).toBe('polling');
    const deadline = Date.now() + 5000;
    while (!questions.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(questions).toEqual(['polled question']);
    expect(api.of('deleteWebhook')).toHaveLength(1);
    await running.stop('test');
    await expect(running.done).resolves.toBeUndefined();
    const polls = api.of('getUpdates').length;
    await new Promise((r) => setTimeout(r, 60));
    expect(api.of('getUpdates').length).toBe(polls);
  });
});
