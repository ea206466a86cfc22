/**
 * Getting updates from Telegram: long polling (default) or a webhook server. Either way the caller
 * gets a stop function for a graceful shutdown; main.ts wires it to SIGINT and SIGTERM.
 */
import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { Telegraf } from 'telegraf';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { fetchBotInfo } from './startup.ts';
import type { BotContext } from './update-context.ts';

export interface RunningBot {
  mode: 'polling' | 'webhook';
  /** Stops taking updates and waits for the ones in hand. Safe to call twice. */
  stop: (reason?: string) => Promise<void>;
  /** Settles when the bot stops taking updates; rejects when polling dies (bad token, another instance). */
  done: Promise<void>;
}

export type LaunchConfig = Pick<Config, 'BOT_MODE' | 'WEBHOOK_DOMAIN' | 'WEBHOOK_HOST' | 'WEBHOOK_PORT' | 'WEBHOOK_PATH' | 'WEBHOOK_SECRET' | 'STARTUP_RETRY_SECONDS'>;

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
const STOP_WAIT_MS = 10_000;

/** Constant-time comparison, so the secret cannot be guessed byte by byte from response times. */
export function secretMatches(received: string | string[] | undefined, expected: string): boolean {
  if (typeof received !== 'string') return false;
  const a = Buffer.from(received);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function withTimeout(p: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    p.then(
      () => resolve(),
      () => resolve(),
    ).finally(() => clearTimeout(timer));
  });
}

export async function startBot(bot: Telegraf<BotContext>, config: LaunchConfig, logger: Logger): Promise<RunningBot> {
  // getMe first: a wrong token fails here, loudly, instead of inside the polling loop; an unreachable
  // Telegram is retried with backoff (startup.ts).
  bot.botInfo ??= await fetchBotInfo(bot, config, logger);
  logger.info({ username: bot.botInfo.username, mode: config.BOT_MODE }, 'bot starting');
  return config.BOT_MODE === 'webhook' ? startWebhook(bot, config, logger) : startPolling(bot, logger);
}

function startPolling(bot: Telegraf<BotContext>, logger: Logger): RunningBot {
  // launch() resolves only when polling stops, so it is kept, not awaited.
  const done = bot.launch({ dropPendingUpdates: false });
  done.then(
    () => logger.info('polling stopped'),
    (err: unknown) => logger.fatal({ err }, 'polling failed'),
  );
  let stopping: Promise<void> | undefined;
  return {
    mode: 'polling',
    done,
    stop: (reason = 'stop') =>
      (stopping ??= (async () => {
        logger.info({ reason }, 'stopping');
        try {
          bot.stop(reason);
        } catch (err) {
          logger.debug({ err }, 'bot was not running');
        }
        await withTimeout(done, STOP_WAIT_MS);
      })()),
  };
}

async function startWebhook(bot: Telegraf<BotContext>, config: LaunchConfig, logger: Logger): Promise<RunningBot> {
  const { WEBHOOK_PATH: path, WEBHOOK_SECRET: secret, WEBHOOK_PORT: port, WEBHOOK_HOST: host } = config;
  if (!config.WEBHOOK_DOMAIN || !secret) throw new Error('telegram: webhook mode needs WEBHOOK_DOMAIN and WEBHOOK_SECRET');
  const domain = config.WEBHOOK_DOMAIN.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  const handleUpdate = bot.webhookCallback(path, { secretToken: secret });
  const server = http.createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] !== path) return void res.writeHead(404).end();
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
    if (!secretMatches(req.headers[SECRET_HEADER], secret)) {
      logger.warn({ ip: req.socket.remoteAddress }, 'webhook request without the right secret token');
      return void res.writeHead(401).end();
    }
    handleUpdate(req, res).catch((err: unknown) => {
      logger.error({ err }, 'webhook request failed');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // No host: every interface. Behind a reverse proxy, WEBHOOK_HOST=127.0.0.1 keeps it off the network.
    server.listen(port, host, () => resolve());
  });
  const done = new Promise<void>((resolve) => server.once('close', () => resolve()));
  const url = `https://${domain}${path}`;
  await bot.telegram.setWebhook(url, { secret_token: secret, drop_pending_updates: false });
  logger.info({ url, host: host ?? 'all interfaces', port }, 'webhook set and listening');
  let stopping: Promise<void> | undefined;
  return {
    mode: 'webhook',
    done,
    // The webhook stays registered: Telegram keeps updates for us while we restart.
    stop: (reason = 'stop') =>
      (stopping ??= (async () => {
        logger.info({ reason }, 'stopping');
        server.close();
        server.closeIdleConnections();
        await withTimeout(done, STOP_WAIT_MS);
      })()),
  };
}

/** Stops once on SIGINT or SIGTERM, then lets the process exit. */
export function stopOnSignals(stop: (reason?: string) => Promise<void>, logger: Logger): void {
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'signal received');
    stop(signal).then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}
