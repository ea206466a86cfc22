#!/usr/bin/env node
// npm run digest -- --once [--dry-run] [--index DIR]
// Sends every digest that is due now and exits: for a system cron or a one-off catch-up. The bot
// process runs the same code on its own schedule (src/digest/schedule.ts); both may run at once on
// PostgreSQL, since chats are locked one by one. --dry-run prints the due digests and records nothing.
import { parseArgs } from 'node:util';
import { Telegram } from 'telegraf';
import { loadConfig, ConfigError } from '../config.ts';
import { loadKnowledge } from '../core/load-knowledge.ts';
import { deliverDueDigests, previewDueDigests } from '../digest/deliver-digests.ts';
import { createRateLimiter } from '../digest/rate-limiter.ts';
import { createLogger } from '../logger.ts';
import { openStore } from '../store/open-store.ts';

const { values } = parseArgs({
  options: {
    once: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    index: { type: 'string' },
  },
});

if (!values.once && !values['dry-run']) {
  process.stderr.write('usage: npm run digest -- --once [--dry-run] [--index DIR]\n(the bot itself sends digests on its schedule; this command runs the job once)\n');
  process.exit(2);
}

let config;
try {
  config = loadConfig(process.env);
} catch (err) {
  process.stderr.write(`digest: ${err instanceof ConfigError ? err.problems.join('\n  ') : (err as Error).message}\n`);
  process.exit(2);
}

const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.TELEGRAM_BOT_TOKEN, config.DATABASE_URL] });
const knowledge = loadKnowledge(values.index ?? config.INDEX_DIR);
const store = await openStore(config.DATABASE_URL, logger).catch((err: Error) => {
  process.stderr.write(`digest: ${err.message}\n`);
  process.exit(1);
});

try {
  if (values['dry-run']) {
    const previews = await previewDueDigests({ store, knowledge, now: new Date() });
    for (const { subscription, digest } of previews) {
      const topic = subscription.threadId ? ` topic ${subscription.threadId}` : '';
      const filters = subscription.filters.length ? `, filters: ${subscription.filters.join(', ')}` : '';
      process.stdout.write(`=== chat ${subscription.chatId}${topic} (${subscription.cadence}, ${subscription.hour}:00 ${subscription.timeZone}${filters})`);
      process.stdout.write(digest ? ` digest ${digest.digestId}, ${digest.parts.length} message(s)\n${digest.parts.join('\n--- next message ---\n')}\n` : ': nothing new\n');
    }
    process.stdout.write(`digest: ${previews.length} chat(s) due, dry run: nothing sent or recorded\n`);
  } else {
    if (!config.TELEGRAM_BOT_TOKEN) throw new Error('TELEGRAM_BOT_TOKEN is not set: cannot send (try --dry-run)');
    const telegram = new Telegram(config.TELEGRAM_BOT_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT });
    const report = await deliverDueDigests({
      store,
      getKnowledge: () => knowledge,
      sendMessage: (chatId, html, extra) => telegram.sendMessage(chatId, html, extra),
      limiter: createRateLimiter(),
      logger,
      now: () => new Date(),
    });
    process.stdout.write(
      `digest: ${report.due} due, ${report.digestsSent} sent (${report.messagesSent} messages), ${report.busy} busy elsewhere, ${report.ended} ended, ${report.failed} failed, ${report.digestsFailed} given up\n`,
    );
    if (report.failed > 0) process.exitCode = 1;
  }
} catch (err) {
  process.stderr.write(`digest: ${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await store.close();
}
