/**
 * Per-update plumbing: a child logger tagged with the update and chat ids, and the retrying (and
 * queued) API client installed on the update's own Telegram object.
 */
import { TelegramError, type Context, type MiddlewareFn } from 'telegraf';
import type { Logger } from '../logger.ts';
import { installRetry, type ApiOptions } from './retry.ts';

/** The bot's context: Telegraf's, plus the update's own logger (tagged with update and chat ids). */
export interface BotContext extends Context {
  log: Logger;
}

/** The update's logger; falls back to the bot's logger for contexts made outside the middleware. */
export function updateLog(ctx: Context, fallback?: Logger): Logger {
  const log = (ctx as Partial<BotContext>).log ?? fallback;
  if (!log) throw new Error('telegram: updateLog called before the update-context middleware ran');
  return log;
}

export function updateContext(logger: Logger, api: ApiOptions): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const log = logger.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id });
    ctx.log = log;
    installRetry(ctx.telegram, log, api);
    const started = Date.now();
    await next();
    log.debug({ ms: Date.now() - started }, 'update handled');
  };
}

/**
 * bot.catch: log and keep running. A 403 means the user blocked the bot or removed it from the group:
 * expected, so a warning; anything else is an error worth a stack.
 */
export function logUpdateError(logger: Logger): (err: unknown, ctx: Context) => void {
  return (err, ctx) => {
    const log = (ctx as Partial<BotContext>).log ?? logger.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id });
    if (err instanceof TelegramError) {
      const fields = { error_code: err.code, description: err.description, method: (err.on as { method?: string }).method };
      if (err.code === 403) log.warn(fields, 'chat unreachable (blocked or kicked), not retried');
      else log.error(fields, 'telegram rejected a call');
      return;
    }
    log.error({ err }, 'update failed');
  };
}
