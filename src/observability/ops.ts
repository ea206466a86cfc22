/** Health and metrics for main.ts, in one call: on when METRICS_PORT is set. */
import type { Config } from '../config.ts';
import type { Knowledge } from '../core/knowledge.ts';
import { answerQuestion } from '../core/qa/index.ts';
import type { Logger } from '../logger.ts';
import type { StoreConnection } from '../store/store-connection.ts';
import type { AnswerFn } from '../telegram/bot-deps.ts';
import { checkHealth } from './health.ts';
import { createMetrics, type BotMetrics } from './metrics.ts';
import { startOpsServer } from './ops-server.ts';
import { countTelegramErrors } from './telegram-errors.ts';
import { StartupError, EXIT_CONFIG, EXIT_UNAVAILABLE } from '../telegram/startup.ts';

export interface Ops {
  metrics: BotMetrics;
  port: number;
  close: () => Promise<void>;
}

export async function startOps(opts: {
  config: Pick<Config, 'METRICS_HOST' | 'INDEX_DIR'> & { METRICS_PORT: number };
  logger: Logger;
  getKnowledge: () => Knowledge;
  db: Pick<StoreConnection, 'connected' | 'store'>;
}): Promise<Ops> {
  const { config, db } = opts;
  const metrics = createMetrics({ getKnowledge: opts.getKnowledge, indexDir: config.INDEX_DIR, databaseConnected: db.connected });
  const uncount = countTelegramErrors(metrics);
  const logger = opts.logger.child({ component: 'ops' });
  const server = await startOpsServer({
    host: config.METRICS_HOST,
    port: config.METRICS_PORT,
    registry: metrics.registry,
    health: () => checkHealth({ getKnowledge: opts.getKnowledge, indexDir: config.INDEX_DIR, db }),
    logger,
  }).catch((err: unknown) => {
    uncount();
    const code = (err as { code?: unknown }).code;
    if (code === 'EADDRINUSE') throw new StartupError(`port ${config.METRICS_PORT} is already in use (METRICS_PORT).`, EXIT_UNAVAILABLE);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new StartupError(`cannot listen on METRICS_HOST=${config.METRICS_HOST}: it is not an address of this machine.`, EXIT_CONFIG);
    if (code === 'EACCES') throw new StartupError(`no permission to listen on port ${config.METRICS_PORT} (METRICS_PORT).`, EXIT_CONFIG);
    throw err;
  });
  return {
    metrics,
    port: server.port,
    close: async () => {
      uncount();
      await server.close();
    },
  };
}

/** The bot's answer function (the QA core's answerQuestion), timed and counted. */
export function countedAnswerQuestion(metrics: BotMetrics, now: () => Date): AnswerFn {
  return countedAnswer(metrics, (knowledge, question) => answerQuestion(knowledge, question, { now: now() }));
}

/** An answer function, timed and counted. */
export function countedAnswer(metrics: BotMetrics, answer: AnswerFn): AnswerFn {
  return async (knowledge, question) => {
    const started = performance.now();
    try {
      const result = await answer(knowledge, question);
      metrics.countQuestion(question, result.via, (performance.now() - started) / 1000);
      return result;
    } catch (err) {
      metrics.countQuestion(question, 'error', (performance.now() - started) / 1000);
      throw err;
    }
  };
}

/** The digest job, with its outcomes counted. */
export async function countedDigestRun<R extends { digestsSent: number; digestsFailed: number; failed: number }>(metrics: BotMetrics | undefined, run: Promise<R>): Promise<R> {
  const report = await run;
  metrics?.countDigests(report);
  return report;
}
