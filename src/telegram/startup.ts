/**
 * Reaching Telegram at start-up, for operators. A token Telegram refuses will not get better by
 * waiting: it ends start-up at once with one line saying what to fix. A network that is not there yet
 * (a container started before its network, a flaky link at boot) is retried with backoff, so nobody
 * has to restart the bot by hand; only after STARTUP_RETRY_SECONDS does start-up give up.
 */
import { Telegram, TelegramError, type Telegraf } from 'telegraf';
import type { UserFromGetMe } from 'telegraf/types';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { BotContext } from './update-context.ts';

/** Exit codes of a failed start. 2 (as for a bad setting): fix the configuration, a restart will not help. */
export const EXIT_CONFIG = 2;
/** 1: something outside the bot was not ready; restarting later may work. */
export const EXIT_UNAVAILABLE = 1;

/** A start-up failure with a one-line, human message (no stack) and the exit code it deserves. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

export interface ConnectOptions {
  logger: Logger;
  /** Give up after this long; 0 retries for ever. */
  retryForMs: number;
  /** For messages: where Telegram was looked for. */
  apiRoot: string;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  clock?: () => number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Why a call failed, in a few words and never with the request URL (it holds the token). */
function networkReason(err: unknown): string {
  const e = err as { code?: unknown; type?: unknown; name?: unknown };
  if (typeof e.code === 'string') return e.code;
  if (typeof e.type === 'string') return e.type;
  return typeof e.name === 'string' ? e.name : 'unknown error';
}

/**
 * A Telegram answer that settles the matter: the token is wrong (401, or 404 for a bot that does not
 * exist) or the request is refused for good (other 4xx). 429 and 5xx are Telegram being busy.
 */
function refusal(err: unknown, apiRoot: string): StartupError | null {
  if (!(err instanceof TelegramError) || err.code === 429 || err.code >= 500) return null;
  const what = `${err.code} ${err.description}`;
  if (err.code === 401) {
    return new StartupError(
      `Telegram refused the bot token (${what}). Check TELEGRAM_BOT_TOKEN: copy it again from @BotFather (/mybots, API Token); a token revoked there stops working at once.`,
      EXIT_CONFIG,
    );
  }
  if (err.code === 404) {
    return new StartupError(`Telegram does not know this bot (${what}). Check TELEGRAM_BOT_TOKEN, and TELEGRAM_API_ROOT (${apiRoot}).`, EXIT_CONFIG);
  }
  return new StartupError(`Telegram refused getMe (${what}). Check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT (${apiRoot}).`, EXIT_CONFIG);
}

/** getMe, retried with exponential backoff while Telegram cannot be reached or is overloaded. */
export async function connectToTelegram(client: Pick<Telegram, 'getMe'>, opts: ConnectOptions): Promise<UserFromGetMe> {
  const sleep = opts.sleep ?? defaultSleep;
  const clock = opts.clock ?? Date.now;
  const base = opts.baseDelayMs ?? 1_000;
  const max = opts.maxDelayMs ?? 30_000;
  const started = clock();
  for (let attempt = 1; ; attempt++) {
    try {
      const me = await client.getMe();
      if (attempt > 1) opts.logger.info({ attempt }, 'reached Telegram');
      return me;
    } catch (err) {
      const refused = refusal(err, opts.apiRoot);
      if (refused) throw refused;
      const retryAfterMs = err instanceof TelegramError && err.code === 429 ? (err.parameters?.retry_after ?? 1) * 1000 : 0;
      const delayMs = Math.max(retryAfterMs, Math.min(max, base * 2 ** (attempt - 1)));
      const reason = err instanceof TelegramError ? `${err.code} ${err.description}` : networkReason(err);
      const elapsedMs = clock() - started;
      if (opts.retryForMs > 0 && elapsedMs + delayMs > opts.retryForMs) {
        throw new StartupError(
          `Telegram is unreachable at ${opts.apiRoot} (${reason}); gave up after ${attempt} attempt${attempt === 1 ? '' : 's'} in ${Math.round(elapsedMs / 1000)} s (STARTUP_RETRY_SECONDS=${Math.round(opts.retryForMs / 1000)}). Check the network, proxy or firewall, and TELEGRAM_API_ROOT.`,
          EXIT_UNAVAILABLE,
        );
      }
      opts.logger.warn({ attempt, delay_ms: delayMs, reason }, 'cannot reach Telegram at start-up, retrying');
      await sleep(delayMs);
    }
  }
}

/**
 * The bot's own user, through a plain client: the bot's client retries on its own (see retry.ts), and
 * retries inside retries would make the backoff here hard to reason about.
 */
export function fetchBotInfo(bot: Telegraf<BotContext>, config: Pick<Config, 'STARTUP_RETRY_SECONDS'>, logger: Logger): Promise<UserFromGetMe> {
  const client = new Telegram(bot.telegram.token, bot.telegram.options);
  return connectToTelegram(client, { logger, retryForMs: config.STARTUP_RETRY_SECONDS * 1000, apiRoot: bot.telegram.options.apiRoot });
}

/**
 * One line for an operator, and the exit code, for anything that stops start-up (our own StartupError,
 * a webhook port that cannot be opened, a webhook Telegram refuses) or ends polling later (a revoked
 * token, a second process polling the same token).
 */
export function explainStartupFailure(err: unknown, config: Pick<Config, 'WEBHOOK_PORT'>): { message: string; exitCode: number } {
  if (err instanceof StartupError) return { message: err.message, exitCode: err.exitCode };
  // Errors of our own server's listen() (not a request's: those are FetchErrors, handled below).
  const code = err instanceof Error && err.name !== 'FetchError' ? (err as { code?: unknown }).code : undefined;
  if (code === 'EADDRINUSE') return { message: `port ${config.WEBHOOK_PORT} is already in use (WEBHOOK_PORT); is another instance running?`, exitCode: EXIT_UNAVAILABLE };
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return { message: `cannot listen on WEBHOOK_HOST: it is not an address of this machine.`, exitCode: EXIT_CONFIG };
  if (code === 'EACCES') return { message: `no permission to listen on port ${config.WEBHOOK_PORT} (WEBHOOK_PORT); use a port above 1023 behind a proxy.`, exitCode: EXIT_CONFIG };
  if (err instanceof TelegramError) {
    const method = (err.on as { method?: string } | undefined)?.method ?? 'a call';
    // Polling ends with these once running: the token was revoked, or a second process polls it.
    if (err.code === 401) return { message: refusal(err, '')!.message, exitCode: EXIT_CONFIG };
    if (err.code === 409) {
      return {
        message: `another process is taking this bot's updates (${err.code} ${err.description}): only one may poll a token; stop the other one, or run every instance in webhook mode.`,
        exitCode: EXIT_UNAVAILABLE,
      };
    }
    if (method === 'setWebhook') {
      return { message: `Telegram refused the webhook (${err.code} ${err.description}). Check WEBHOOK_DOMAIN (public HTTPS, ports 443, 80, 88 or 8443) and WEBHOOK_PATH.`, exitCode: EXIT_CONFIG };
    }
    return { message: `Telegram refused ${method} (${err.code} ${err.description}).`, exitCode: err.code >= 500 || err.code === 429 ? EXIT_UNAVAILABLE : EXIT_CONFIG };
  }
  if (err instanceof Error && err.name === 'FetchError') return { message: `Telegram is unreachable (${networkReason(err)}).`, exitCode: EXIT_UNAVAILABLE };
  return { message: err instanceof Error ? err.message : String(err), exitCode: EXIT_UNAVAILABLE };
}
