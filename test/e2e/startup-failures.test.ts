/**
 * Start-up failures an operator meets, through the real src/main.ts: a token Telegram refuses, a
 * Telegram that cannot be reached at all, and one that comes up a little after the bot.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, healthyBotApi, plainLines, startFakeBotApi, startMain, type FakeBotApi, type MainProcess } from './main-process.ts';

const TOKEN = '555111:STARTUP-test-token-never-logged';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function track<T extends MainProcess | FakeBotApi>(thing: T): T {
  cleanups.push('stop' in thing ? thing.stop : thing.close);
  return thing;
}

describe('start-up against Telegram', { timeout: 60_000 }, () => {
  it('a token Telegram refuses (401): one plain line saying what to fix, exit code 2, no stack, no token', async () => {
    const api = track(await startFakeBotApi(() => ({ ok: false, error_code: 401, description: 'Unauthorized' })));
    const bot = track(startMain({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url }));
    expect(await bot.exited).toBe(2);
    const lines = plainLines(bot.stderr());
    expect(lines).toEqual([expect.stringMatching(/^Cannot start: Telegram refused the bot token \(401 Unauthorized\)\. Check TELEGRAM_BOT_TOKEN/)]);
    expect(bot.output()).not.toMatch(/\n\s+at /);
    expect(bot.output()).not.toContain(TOKEN.split(':')[1]);
    // Refused at once: no retries.
    expect(api.methods()).toEqual(['getMe']);
  });

  it('an unreachable Telegram is retried with backoff, then start-up gives up with exit code 1', async () => {
    const closedPort = await freePort();
    const bot = track(startMain({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: `http://127.0.0.1:${closedPort}`, STARTUP_RETRY_SECONDS: '2' }));
    expect(await bot.exited).toBe(1);
    expect(plainLines(bot.stderr())).toEqual([
      expect.stringMatching(new RegExp(`^Cannot start: Telegram is unreachable at http://127\\.0\\.0\\.1:${closedPort} \\(ECONNREFUSED\\); gave up after \\d+ attempts?`)),
    ]);
    expect(bot.output()).toContain('"msg":"cannot reach Telegram at start-up, retrying"');
    expect(bot.output()).not.toContain(TOKEN.split(':')[1]);
  });

  it('a second process polling the same token (409) stops the bot with one line and exit code 1', async () => {
    const api = track(
      await startFakeBotApi((method) =>
        method === 'getUpdates' ? { ok: false, error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' } : healthyBotApi(method),
      ),
    );
    const bot = track(startMain({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url }));
    expect(await bot.exited).toBe(1);
    expect(plainLines(bot.stderr())).toEqual([expect.stringMatching(/^Stopped: another process is taking this bot's updates \(409 Conflict: terminated by other getUpdates request/)]);
    expect(bot.output()).not.toMatch(/\n\s+at /);
  });

  it('a Telegram that comes up after the bot is reached by a retry, and the bot starts', async () => {
    const port = await freePort();
    const bot = track(startMain({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` }));
    await bot.waitFor('"msg":"cannot reach Telegram at start-up, retrying"');
    const api = track(await startFakeBotApi(healthyBotApi, port));
    await bot.waitFor('"msg":"bot starting"');
    expect(bot.output()).toContain('"msg":"reached Telegram"');
    expect(api.methods()).toContain('getUpdates');
    expect(bot.child.exitCode).toBeNull();
  });
});
