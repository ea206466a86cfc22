import { TelegramError } from 'telegraf';
import { describe, expect, it } from 'vitest';
import { connectToTelegram, explainStartupFailure, EXIT_CONFIG, EXIT_UNAVAILABLE, StartupError } from '../../src/telegram/startup.ts';
import { BOT_INFO, apiError, captureLogger } from './helpers/harness.ts';

function networkError(code: string): Error {
  return Object.assign(new Error(`request to http://x/bot[REDACTED]/getMe failed, reason: connect ${code}`), { name: 'FetchError', code, type: 'system' });
}

/** A getMe that fails with the given errors, in order, then answers. */
function flakyClient(errors: unknown[]) {
  let calls = 0;
  return {
    calls: () => calls,
    getMe: async () => {
      const err = errors[calls++];
      if (err) throw err;
      return BOT_INFO;
    },
  };
}

function fakeTime() {
  let now = 0;
  const slept: number[] = [];
  return { clock: () => now, sleep: async (ms: number) => void (slept.push(ms), (now += ms)), slept };
}

describe('connectToTelegram', () => {
  it('retries network errors and Telegram overload with growing waits, then returns the bot', async () => {
    const time = fakeTime();
    const { logger, lines } = captureLogger();
    const client = flakyClient([networkError('ECONNREFUSED'), networkError('EAI_AGAIN'), apiError(502, 'Bad Gateway'), apiError(429, 'Too Many Requests', { retry_after: 7 })]);
    const me = await connectToTelegram(client, { logger, retryForMs: 300_000, apiRoot: 'https://api.telegram.org', ...time });
    expect(me.username).toBe(BOT_INFO.username);
    expect(client.calls()).toBe(5);
    // Doubling from 1 s; a 429 waits at least what Telegram asks.
    expect(time.slept).toEqual([1000, 2000, 4000, 8000]);
    expect(lines.filter((l) => l.msg === 'cannot reach Telegram at start-up, retrying').map((l) => l.reason)).toEqual(['ECONNREFUSED', 'EAI_AGAIN', '502 Bad Gateway', '429 Too Many Requests']);
  });

  it('stops at once on a token Telegram refuses, with one line naming the variable to fix', async () => {
    const time = fakeTime();
    const client = flakyClient([apiError(401, 'Unauthorized')]);
    const err = await connectToTelegram(client, { logger: captureLogger().logger, retryForMs: 300_000, apiRoot: 'https://api.telegram.org', ...time }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as StartupError).exitCode).toBe(EXIT_CONFIG);
    expect((err as StartupError).message).toMatch(/^Telegram refused the bot token \(401 Unauthorized\)\. Check TELEGRAM_BOT_TOKEN/);
    expect((err as StartupError).message).not.toContain('\n');
    expect(time.slept).toEqual([]);
  });

  it('treats 404 (no such bot) as a configuration error too', async () => {
    const err = await connectToTelegram(flakyClient([apiError(404, 'Not Found')]), { logger: captureLogger().logger, retryForMs: 0, apiRoot: 'http://local', ...fakeTime() }).catch((e: unknown) => e);
    expect((err as StartupError).exitCode).toBe(EXIT_CONFIG);
    expect((err as StartupError).message).toContain('TELEGRAM_API_ROOT (http://local)');
  });

  it('gives up when the next wait would pass STARTUP_RETRY_SECONDS, saying what it tried', async () => {
    const time = fakeTime();
    const client = flakyClient(Array.from({ length: 50 }, () => networkError('ETIMEDOUT')));
    const err = await connectToTelegram(client, { logger: captureLogger().logger, retryForMs: 10_000, apiRoot: 'https://api.telegram.org', ...time }).catch((e: unknown) => e);
    // Waits 1, 2 and 4 s (7 s in all); the next 8 s would pass 10 s.
    expect(time.slept).toEqual([1000, 2000, 4000]);
    expect((err as StartupError).exitCode).toBe(EXIT_UNAVAILABLE);
    expect((err as StartupError).message).toBe(
      'Telegram is unreachable at https://api.telegram.org (ETIMEDOUT); gave up after 4 attempts in 7 s (STARTUP_RETRY_SECONDS=10). Check the network, proxy or firewall, and TELEGRAM_API_ROOT.',
    );
  });

  it('retries for ever when STARTUP_RETRY_SECONDS is 0, waiting at most 30 s between tries', async () => {
    const time = fakeTime();
    const client = flakyClient(Array.from({ length: 12 }, () => networkError('ENETUNREACH')));
    await expect(connectToTelegram(client, { logger: captureLogger().logger, retryForMs: 0, apiRoot: 'https://api.telegram.org', ...time })).resolves.toBeTruthy();
    expect(Math.max(...time.slept)).toBe(30_000);
    expect(client.calls()).toBe(13);
  });
});

describe('explainStartupFailure', () => {
  const config = { WEBHOOK_PORT: 8443 };
  it('names the setting behind a webhook port or webhook URL problem', () => {
    expect(explainStartupFailure(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' }), config)).toEqual({
      message: 'port 8443 is already in use (WEBHOOK_PORT); is another instance running?',
      exitCode: EXIT_UNAVAILABLE,
    });
    expect(explainStartupFailure(Object.assign(new Error('listen EADDRNOTAVAIL: address not available 10.9.9.9:8443'), { code: 'EADDRNOTAVAIL' }), config).message).toBe(
      'cannot listen on WEBHOOK_HOST: it is not an address of this machine.',
    );
    const refused = new TelegramError({ ok: false, error_code: 400, description: 'Bad Request: bad webhook: HTTPS url must be provided for webhook' } as ConstructorParameters<typeof TelegramError>[0], { method: 'setWebhook' });
    const explained = explainStartupFailure(refused, config);
    expect(explained.exitCode).toBe(EXIT_CONFIG);
    expect(explained.message).toMatch(/^Telegram refused the webhook \(400 Bad Request: bad webhook.*Check WEBHOOK_DOMAIN/);
  });
});
