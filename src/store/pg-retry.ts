/**
 * When a PostgreSQL call may be repeated: the connection failed (server restarting, network blip,
 * backend terminated), not the statement. Statement errors (syntax, constraint) are never retried.
 */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  '57P01', // admin_shutdown (pg_terminate_backend, server restart)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (server starting up)
  '08000', // connection_exception
  '08001',
  '08003',
  '08004',
  '08006', // connection_failure
]);

export function isTransientPgError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
  return /connection terminated|connection timeout|terminating connection|client has encountered a connection error|not queryable/i.test(err.message);
}

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  onRetry?: (info: { attempt: number; delayMs: number; err: unknown }) => void;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 6, baseDelayMs: 100, maxDelayMs: 5_000 };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls fn again after exponential backoff (with jitter) while it fails for a transient reason. */
export async function withPgRetry<T>(fn: () => Promise<T>, opts: RetryOptions = DEFAULT_RETRY): Promise<T> {
  const sleep = opts.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= opts.attempts || !isTransientPgError(err)) throw err;
      const delayMs = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5);
      opts.onRetry?.({ attempt, delayMs, err });
      await sleep(delayMs);
    }
  }
}
