/**
 * Counts every failed Bot API request for tcb_telegram_errors_total. Every Telegram object of the bot
 * (the bot's own, one per update, the digest sender, the start-up client) ends in
 * Telegram.prototype.callApi, the one HTTP call (retry.ts looks it up there at call time for the same
 * reason), so wrapping it once sees them all, retried attempts included.
 */
import { Telegram, TelegramError } from 'telegraf';
import type { CallApi } from '../telegram/retry.ts';
import type { BotMetrics } from './metrics.ts';

/** The error's code for a label: Telegram's error_code, or the network error's code. */
export function telegramErrorCode(err: unknown): number | string {
  if (err instanceof TelegramError) return err.code;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' || typeof code === 'number') return code;
  return (err as { name?: unknown } | null)?.name === 'AbortError' ? 'aborted' : 'network';
}

/** Installs the counting wrapper; returns the function that removes it. */
export function countTelegramErrors(metrics: Pick<BotMetrics, 'countTelegramError'>): () => void {
  const proto = Telegram.prototype as unknown as { callApi: CallApi };
  const original = proto.callApi;
  const counted: CallApi = async function (this: Telegram, method, payload, extra) {
    try {
      return await original.call(this, method, payload, extra);
    } catch (err) {
      metrics.countTelegramError(method, telegramErrorCode(err));
      throw err;
    }
  };
  proto.callApi = counted;
  return () => {
    if (proto.callApi === counted) proto.callApi = original;
  };
}
