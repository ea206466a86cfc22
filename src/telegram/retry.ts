/**
 * Outgoing Bot API calls that survive rate limits and network hiccups. Telegram answers 429 with
 * `parameters.retry_after` (seconds): we wait that long (never less) and try again, unless the wait is
 * longer than we are willing to hold a user's reply. Network errors and 5xx back off exponentially.
 * 4xx other than 429 (400 bad request, 403 blocked or kicked) are final and thrown at once.
 */
import { Telegram, TelegramError } from 'telegraf';
import type { Logger } from '../logger.ts';

/** The untyped shape of Telegram#callApi that the wrappers pass around. */
export type CallApi = (method: string, payload: object, extra?: { signal?: AbortSignal }) => Promise<unknown>;

export interface RetryOptions {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Longest retry_after we honour; a longer one fails the call instead of holding the reply. */
  maxRetryAfterMs: number;
  /** First back-off after a network error or 5xx; doubles each time. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Methods not worth repeating: polling retries on its own, a late "typing" is useless. */
  noRetry: ReadonlySet<string>;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxRetries: 3,
  maxRetryAfterMs: 30_000,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  noRetry: new Set(['getUpdates', 'sendChatAction']),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'ENETUNREACH', 'UND_ERR_SOCKET']);

function isNetworkError(err: unknown): boolean {
  if (!(err instanceof Error) || err.name === 'AbortError') return false;
  const code = (err as { code?: unknown }).code;
  return err.name === 'FetchError' || (typeof code === 'string' && NETWORK_CODES.has(code));
}

/** How long to wait before trying again, or null when the error is final. */
export function retryDelay(err: unknown, attempt: number, opts: RetryOptions): number | null {
  if (err instanceof TelegramError) {
    if (err.code === 429) {
      const ms = (err.parameters?.retry_after ?? 1) * 1000;
      return ms <= opts.maxRetryAfterMs ? ms : null;
    }
    if (err.code >= 500) return Math.min(opts.baseDelayMs * 2 ** attempt, opts.maxDelayMs);
    return null;
  }
  return isNetworkError(err) ? Math.min(opts.baseDelayMs * 2 ** attempt, opts.maxDelayMs) : null;
}

export function withRetry(call: CallApi, logger: Logger, options: Partial<RetryOptions> = {}): CallApi {
  const opts = { ...DEFAULT_RETRY, ...options };
  return async (method, payload, extra) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call(method, payload, extra);
      } catch (err) {
        const delay = opts.noRetry.has(method) || attempt >= opts.maxRetries || extra?.signal?.aborted ? null : retryDelay(err, attempt, opts);
        if (delay === null) throw err;
        const code = err instanceof TelegramError ? err.code : (err as { code?: unknown }).code;
        logger.warn({ method, attempt: attempt + 1, delay_ms: delay, code }, 'telegram call failed, retrying');
        await opts.sleep(delay);
      }
    }
  };
}

const WRAPPED = Symbol('turkic-culture-bot.api-wrapped');

export interface ApiOptions {
  /** Answers API calls instead of HTTP (the console chat). */
  transport?: CallApi;
  retry?: Partial<RetryOptions>;
  /**
   * Sends calls that put something in a chat through the outgoing queue (outbox.ts): given the raw
   * transport and the retrying client, returns the client to use. The queue does its own retrying.
   */
  queue?: (raw: CallApi, retrying: CallApi) => CallApi;
}

/**
 * Replaces one Telegram object's callApi with a retrying (and, given `queue`, queued) one. Telegraf
 * builds a new Telegram object for every update, so this runs per update as well as on bot.telegram.
 * The underlying call is looked up on the prototype at call time (tests stub
 * Telegram.prototype.callApi) unless a transport is given (the console chat answers API calls itself).
 */
export function installRetry(telegram: Telegram, logger: Logger, opts: ApiOptions = {}): void {
  const target = telegram as Telegram & { [WRAPPED]?: true };
  if (target[WRAPPED]) return;
  const base: CallApi =
    opts.transport ?? ((method, payload, extra) => (Telegram.prototype.callApi as unknown as CallApi).call(telegram, method, payload, extra));
  const retrying = withRetry(base, logger, opts.retry);
  (telegram as unknown as { callApi: CallApi }).callApi = opts.queue ? opts.queue(base, retrying) : retrying;
  target[WRAPPED] = true;
}
