import { z } from 'zod';

/** Every setting the bot reads from the environment, validated in one place. */
const ConfigSchema = z
  .object({
    TELEGRAM_BOT_TOKEN: z
      .string()
      .regex(/^\d+:[\w-]{20,}$/, 'must look like 123456:ABC-... (the token BotFather gives)')
      .optional(),
    TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
    /** How long start-up keeps retrying an unreachable Telegram before it gives up; 0: for ever. */
    STARTUP_RETRY_SECONDS: z.coerce.number().int().min(0).default(300),
    BOT_MODE: z.enum(['polling', 'webhook']).default('polling'),
    WEBHOOK_DOMAIN: z.string().min(1).optional(),
    /** Address the webhook server binds: unset, every interface; 127.0.0.1 behind a reverse proxy. */
    WEBHOOK_HOST: z.string().min(1).optional(),
    WEBHOOK_PORT: z.coerce.number().int().min(1).max(65535).default(8443),
    WEBHOOK_PATH: z.string().startsWith('/').default('/telegram'),
    WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16-256 characters of A-Z, a-z, 0-9, _ and -')
      .optional(),
    DATABASE_URL: z
      .string()
      .regex(/^(sqlite:|postgres:\/\/|postgresql:\/\/)/, 'must start with sqlite: or postgres://')
      .default('sqlite:data/bot.sqlite'),
    INDEX_DIR: z.string().min(1).default('index'),
    ADMIN_IDS: z
      .string()
      .default('')
      .transform((s, ctx) => {
        const ids = s.split(',').map((x) => x.trim()).filter(Boolean);
        for (const id of ids) {
          if (!/^-?\d+$/.test(id)) ctx.addIssue({ code: 'custom', message: `"${id}" is not a numeric Telegram user id` });
        }
        return ids.map(Number);
      }),
    /** Secret for the user hashes in the editors' question log; unset: the bot token is used. */
    USER_HASH_SALT: z.string().min(16, 'must be at least 16 characters').optional(),
    /** /healthz and /metrics on a port of their own; unset: off. */
    METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    /** Where that port listens; 0.0.0.0 to let a Prometheus on another host (or container) scrape it. */
    METRICS_HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((c, ctx) => {
    if (c.BOT_MODE === 'webhook') {
      if (!c.TELEGRAM_BOT_TOKEN) ctx.addIssue({ code: 'custom', path: ['TELEGRAM_BOT_TOKEN'], message: 'is required when BOT_MODE=webhook' });
      if (!c.WEBHOOK_DOMAIN) ctx.addIssue({ code: 'custom', path: ['WEBHOOK_DOMAIN'], message: 'is required when BOT_MODE=webhook' });
      if (!c.WEBHOOK_SECRET) ctx.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET'], message: 'is required when BOT_MODE=webhook' });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

/** Every variable the schema reads, for the test that keeps README and .env.example in step. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(ConfigSchema.shape);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`config: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Pure: reads only the object it is given. Empty strings count as unset, as in most .env files. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'config'} ${i.message}`));
  }
  return parsed.data;
}
