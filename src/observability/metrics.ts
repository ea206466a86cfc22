/**
 * Prometheus metrics (prom-client), in a registry of our own so tests and several bots in one process
 * never share counters. Names start with `tcb_`; Node's process metrics come along without a prefix.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Knowledge } from '../core/knowledge.ts';
import type { Answer } from '../core/types.ts';

/** How a question ended: answered from the fact table or the sentence search, "I don't know", or a crash. */
export type QuestionOutcome = Answer['via'] | 'error';

export interface BotMetrics {
  registry: Registry;
  countQuestion: (question: string, outcome: QuestionOutcome, seconds: number) => void;
  countDigests: (report: { digestsSent: number; digestsFailed: number; failed: number }) => void;
  countTelegramError: (method: string, code: number | string) => void;
}

export interface MetricsOptions {
  getKnowledge: () => Knowledge;
  indexDir: string;
  /** 1 while the database answers calls. */
  databaseConnected: () => boolean;
  /** Node's process metrics (CPU, memory, event loop lag); on by default. */
  processMetrics?: boolean;
  clock?: () => number;
}

/**
 * The question's language, guessed from its letters, for the questions metric only: Cyrillic counts as
 * `ru`, a Turkish or Azerbaijani letter as `tr`, other Latin as `en`. Coarse on purpose: a label must
 * have few values, and the answer does not depend on it.
 */
export function guessLanguage(question: string): 'en' | 'tr' | 'ru' | 'other' {
  if (/\p{Script=Cyrillic}/u.test(question)) return 'ru';
  if (/[çğıİöşüəÇĞÖŞÜƏ]/.test(question)) return 'tr';
  if (/[A-Za-z]/.test(question)) return 'en';
  return 'other';
}

export function createMetrics(opts: MetricsOptions): BotMetrics {
  const registry = new Registry();
  const clock = opts.clock ?? Date.now;
  if (opts.processMetrics !== false) collectDefaultMetrics({ register: registry });

  const questions = new Counter({
    name: 'tcb_questions_total',
    help: 'Questions answered, by language (guessed from the letters) and outcome (facts, search, none = "I don\'t know", error).',
    labelNames: ['language', 'outcome'] as const,
    registers: [registry],
  });
  const answerSeconds = new Histogram({
    name: 'tcb_answer_duration_seconds',
    help: 'Time the question-answering core took per question.',
    labelNames: ['outcome'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const digests = new Counter({
    name: 'tcb_digests_total',
    help: 'Digests by outcome: sent; failed (Telegram rejected it every time, given up); deferred (left for the next run after an error).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const telegramErrors = new Counter({
    name: 'tcb_telegram_errors_total',
    help: 'Failed Bot API requests, retried ones included, by method and code (the HTTP error code, or the network error).',
    labelNames: ['method', 'code'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'tcb_index_articles',
    help: 'Articles in the loaded index.',
    registers: [registry],
    collect() {
      this.set(opts.getKnowledge().articles.size);
    },
  });
  new Gauge({
    name: 'tcb_index_age_seconds',
    help: 'Seconds since the index was built (index/manifest.json written).',
    registers: [registry],
    collect() {
      const builtAt = indexBuiltAt(opts.indexDir);
      if (builtAt !== null) this.set(Math.max(0, (clock() - builtAt) / 1000));
    },
  });
  new Gauge({
    name: 'tcb_database_up',
    help: '1 while the database is connected, 0 while the bot waits for it.',
    registers: [registry],
    collect() {
      this.set(opts.databaseConnected() ? 1 : 0);
    },
  });
  for (const outcome of ['sent', 'failed', 'deferred']) digests.inc({ outcome }, 0);

  return {
    registry,
    countQuestion: (question, outcome, seconds) => {
      questions.inc({ language: guessLanguage(question), outcome });
      answerSeconds.observe({ outcome }, seconds);
    },
    countDigests: (report) => {
      digests.inc({ outcome: 'sent' }, report.digestsSent);
      digests.inc({ outcome: 'failed' }, report.digestsFailed);
      digests.inc({ outcome: 'deferred' }, report.failed);
    },
    countTelegramError: (method, code) => telegramErrors.inc({ method, code: String(code) }),
  };
}

/** When index/manifest.json was written, in ms since the epoch; null when it cannot be read. */
export function indexBuiltAt(indexDir: string): number | null {
  try {
    return statSync(path.join(indexDir, 'manifest.json')).mtimeMs;
  } catch {
    return null;
  }
}
