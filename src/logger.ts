import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/** Paths whose values never reach a log line, whatever object they sit in. */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'config.TELEGRAM_BOT_TOKEN',
  'TELEGRAM_BOT_TOKEN',
  '*.TELEGRAM_BOT_TOKEN',
  'DATABASE_URL',
  '*.DATABASE_URL',
  'password',
  '*.password',
  'WEBHOOK_SECRET',
  '*.WEBHOOK_SECRET',
];

/**
 * The one logger. Secrets can still slip in through free text (an error message quoting a URL with the
 * token in it), so messages and error strings are scrubbed with the secrets we know of as well.
 */
export function createLogger(opts: { level?: string; secrets?: (string | undefined)[]; destination?: DestinationStream } = {}): Logger {
  const secrets = (opts.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 6);
  const scrub = (s: string): string => secrets.reduce((acc, secret) => acc.split(secret).join('[REDACTED]'), s);
  return pino(
    {
      level: opts.level ?? 'info',
      redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((a) => (typeof a === 'string' ? scrub(a) : a));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
      formatters: {
        log(obj) {
          return secrets.length ? (JSON.parse(scrub(JSON.stringify(obj))) as Record<string, unknown>) : obj;
        },
      },
    },
    opts.destination ?? pino.destination(2),
  );
}
