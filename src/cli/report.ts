#!/usr/bin/env node
// npm run report -- [--days 7] [--unanswered 20]
// The editors' numbers without Telegram: the same text /stats and /unanswered send to operators,
// from the question log in DATABASE_URL.
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from '../config.ts';
import { editorStats, formatStats, formatUnanswered, isUnanswered } from '../editors/stats.ts';
import { createLogger } from '../logger.ts';
import { openStore } from '../store/open-store.ts';

const { values } = parseArgs({ options: { days: { type: 'string', default: '7' }, unanswered: { type: 'string', default: '20' } } });
const days = Number(values.days);
const latest = Number(values.unanswered);
if (!Number.isInteger(days) || days < 1 || !Number.isInteger(latest) || latest < 0) {
  process.stderr.write('usage: npm run report -- [--days 7] [--unanswered 20]\n');
  process.exit(2);
}

let config;
try {
  config = loadConfig(process.env);
} catch (err) {
  process.stderr.write(`report: ${err instanceof ConfigError ? err.problems.join('\n  ') : (err as Error).message}\n`);
  process.exit(2);
}
// Logs stay off stdout, which holds the report.
const logger = createLogger({ level: 'warn', secrets: [config.TELEGRAM_BOT_TOKEN, config.DATABASE_URL] });
const store = await openStore(config.DATABASE_URL, logger).catch((err: Error) => {
  process.stderr.write(`report: ${err.message}\n`);
  process.exit(1);
});
const now = new Date();
const rows = await store.questionsSince(new Date(now.getTime() - days * 86_400_000));
process.stdout.write(`${formatStats(editorStats(rows, now, days), days)}\n${latest > 0 && rows.some(isUnanswered) ? `\n${formatUnanswered(rows, latest)}\n` : ''}`);
await store.close();
