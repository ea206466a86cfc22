/**
 * Composition root: the only place that reads the environment and wires the pieces together.
 * No TELEGRAM_BOT_TOKEN: the console chat. With one: the Telegram bot, digests on a schedule, and the
 * index reloaded when `build:index` or `ingest` writes a new one.
 */
import 'dotenv/config';
import { existsSync } from 'node:fs';
import { loadConfig, ConfigError, type Config } from './config.ts';
import { createLogger, type Logger } from './logger.ts';
import { buildIndex } from './core/build-index.ts';
import { isIndexStale, loadKnowledge, IndexError } from './core/load-knowledge.ts';
import type { Knowledge } from './core/knowledge.ts';
import { warmUp } from './core/qa/index.ts';

const SEEDS_DIR = 'seeds';

let config: Config;
try {
  config = loadConfig(process.env);
} catch (err) {
  const problems = err instanceof ConfigError ? err.problems : [(err as Error).message];
  process.stderr.write(`Cannot start: the configuration is wrong.\n  ${problems.join('\n  ')}\nSee .env.example for every variable.\n`);
  process.exit(2);
}

// The console chat shares the terminal with its logs: info lines ("answered", "knowledge loaded") would
// land between question and answer. There only warnings and errors show, unless LOG_LEVEL asks for more.
const consoleChat = !config.TELEGRAM_BOT_TOKEN;
const level = consoleChat && !process.env.LOG_LEVEL ? 'warn' : config.LOG_LEVEL;
const logger = createLogger({ level, secrets: [config.TELEGRAM_BOT_TOKEN, config.WEBHOOK_SECRET, passwordOf(config.DATABASE_URL)] });

/**
 * The committed index is used as it is. When seeds/ no longer matches it (an operator dropped a file in)
 * or it is missing or corrupted, it is rebuilt from seeds/ rather than refused: the seeds are the source
 * of truth and a build takes well under a second per hundred articles.
 */
function openKnowledge(log: Logger): Knowledge {
  const indexDir = config.INDEX_DIR;
  if (isIndexStale(indexDir, SEEDS_DIR)) {
    log.warn({ indexDir, seedsDir: SEEDS_DIR }, 'index missing or older than seeds/, rebuilding');
    const { manifest } = buildIndex({ seedsDir: SEEDS_DIR, outDir: indexDir });
    log.info({ articles: manifest.articles, skipped: manifest.skipped }, 'index rebuilt');
  }
  try {
    return loadKnowledge(indexDir);
  } catch (err) {
    if (!(err instanceof IndexError) || err.reason === 'version' || !existsSync(SEEDS_DIR)) throw err;
    log.warn({ err: err.message }, 'index unreadable, rebuilding from seeds/');
    buildIndex({ seedsDir: SEEDS_DIR, outDir: indexDir });
    return loadKnowledge(indexDir);
  }
}

let knowledge: Knowledge;
try {
  knowledge = openKnowledge(logger);
} catch (err) {
  process.stderr.write(`Cannot start: ${(err as Error).message}\n`);
  process.exit(1);
}
logger.info({ articles: knowledge.articles.size, facts: knowledge.facts.length, warmUpMs: warmUp(knowledge) }, 'knowledge loaded');
if (knowledge.articles.size === 0) {
  logger.warn({ indexDir: config.INDEX_DIR, seedsDir: SEEDS_DIR }, 'the index holds no articles: every question will get "I don\'t know" until articles are added (npm run ingest -- FILE...)');
}

if (!config.TELEGRAM_BOT_TOKEN) {
  const { runConsoleChat } = await import('./cli/console-chat.ts');
  await runConsoleChat({ input: process.stdin, output: process.stdout, getKnowledge: () => knowledge, logger });
  process.exit(0);
}

const { watchKnowledge } = await import('./knowledge-reloader.ts');
const { runTelegram } = await import('./telegram/run.ts');
const { stopOnSignals } = await import('./telegram/launch.ts');
const { openStore } = await import('./store/open-store.ts');
const { connectStore } = await import('./store/store-connection.ts');
const { registerSubscriptionCommands } = await import('./telegram/subscribe-commands.ts');
const { SUBSCRIPTION_COMMANDS } = await import('./telegram/commands.ts');
const { startDigestSchedule } = await import('./digest/schedule.ts');
const { deliverDueDigests } = await import('./digest/deliver-digests.ts');
const { explainStartupFailure } = await import('./telegram/startup.ts');
const { startOps, countedAnswerQuestion, countedDigestRun } = await import('./observability/ops.ts');
const { SharedArticles } = await import('./store/shared-articles.ts');
const { startArticleSync } = await import('./ingest/article-sync.ts');

/** A bad token, an unreachable Telegram, a port in use: one line saying what to do, no stack. */
function exitOnStartupFailure(err: unknown): never {
  const { message, exitCode } = explainStartupFailure(err, config);
  logger.fatal({ exitCode }, message);
  process.stderr.write(`Cannot start: ${message}\n`);
  process.exit(exitCode);
}

// A new index is warmed up before it is swapped in, so no user waits for its caches.
const handle = watchKnowledge({
  indexDir: config.INDEX_DIR,
  load: (dir) => {
    const next = loadKnowledge(dir);
    warmUp(next);
    return next;
  },
  logger,
  initial: knowledge,
});
const now = () => new Date();

// Questions need no database: when it is down at start-up the bot still answers, reconnects in the
// background, and subscription commands say they are briefly unavailable until it is back.
const db = await connectStore(() => openStore(config.DATABASE_URL, logger), { logger });
const store = db.store;

// With PostgreSQL, articles ingested on any instance are copied into this one's seeds/ and index;
// started once the store has applied the schema (a database down at start-up is connected later).
const shared = /^postgres(ql)?:\/\//.test(config.DATABASE_URL) ? new SharedArticles(config.DATABASE_URL, logger) : undefined;
let articleSync: ReturnType<typeof startArticleSync> | undefined;
if (shared) void db.ready.then(() => (articleSync = startArticleSync({ shared, seedsDir: SEEDS_DIR, indexDir: config.INDEX_DIR, logger, reload: handle.reload })));

// /healthz and /metrics on a port of their own, when METRICS_PORT is set; up before Telegram is reached.
const metricsPort = config.METRICS_PORT;
const ops = metricsPort ? await startOps({ config: { ...config, METRICS_PORT: metricsPort }, logger, getKnowledge: handle.get, db }).catch(exitOnStartupFailure) : undefined;

const tg = await runTelegram({
  config,
  logger,
  getKnowledge: handle.get,
  answer: ops && countedAnswerQuestion(ops.metrics, now),
  features: [(bot) => registerSubscriptionCommands(bot, { store, getKnowledge: handle.get, logger, now })],
  commands: SUBSCRIPTION_COMMANDS,
  editors: {
    store,
    salt: config.USER_HASH_SALT ?? config.TELEGRAM_BOT_TOKEN ?? 'console',
    adminIds: config.ADMIN_IDS,
    reload: handle.reload,
    now,
    logger,
  },
  chatLanguages: store,
  now,
}).catch(exitOnStartupFailure);

const schedule = startDigestSchedule({
  logger,
  run: async () => {
    // While the database is away there is nothing to deliver from; the next tick after it is back does.
    if (!db.connected()) return logger.info('digest run skipped: the database is not connected yet');
    return countedDigestRun(ops?.metrics, deliverDueDigests({
      store,
      getKnowledge: handle.get,
      // Paced by the bot's outgoing queue, behind replies to people (src/telegram/outbox.ts).
      sendMessage: tg.sendDigestMessage,
      logger,
      now,
    }));
  },
});

stopOnSignals(async (reason) => {
  schedule.stop();
  handle.stop();
  await tg.stop(reason);
  await articleSync?.stop();
  await shared?.close();
  await db.close();
  await ops?.close();
}, logger);
tg.done.catch((err: unknown) => {
  // Polling died: the token was revoked, or another process polls with it.
  const { message, exitCode } = explainStartupFailure(err, config);
  logger.fatal({ exitCode }, `bot stopped: ${message}`);
  process.stderr.write(`Stopped: ${message}\n`);
  process.exit(exitCode);
});

function passwordOf(url: string): string | undefined {
  try {
    return new URL(url).password || undefined;
  } catch {
    return undefined;
  }
}
