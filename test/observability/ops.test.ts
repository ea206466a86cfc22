/**
 * /healthz and /metrics: what they report, on 127.0.0.1, with the store up, down and slow, and the
 * metrics the bot feeds (questions by language and outcome, answer time, digests, Telegram errors, index).
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { Telegram } from 'telegraf';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { checkHealth } from '../../src/observability/health.ts';
import { createMetrics, guessLanguage } from '../../src/observability/metrics.ts';
import { countedAnswer, startOps, type Ops } from '../../src/observability/ops.ts';
import { countTelegramErrors } from '../../src/observability/telegram-errors.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { StartupError } from '../../src/telegram/startup.ts';
import { apiError, stubApi } from '../telegram/helpers/harness.ts';
import { fakeKnowledge } from '../telegram/helpers/fake-knowledge.ts';
import { foundAnswer } from '../telegram/helpers/answers.ts';

const silent = pino({ level: 'silent' });
const dir = mkdtempSync(path.join(tmpdir(), 'tcb-ops-'));
/** No manifest here: an index age that cannot be read. */
const indexDir = path.join(dir, 'index');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An index directory whose manifest was written `ageSeconds` before `now`. */
function indexAged(ageSeconds: number, now: number): string {
  const d = mkdtempSync(path.join(dir, 'index-'));
  const manifest = path.join(d, 'manifest.json');
  writeFileSync(manifest, '{}');
  const t = (now - ageSeconds * 1000) / 1000;
  utimesSync(manifest, t, t);
  return d;
}

let ops: Ops | undefined;
afterEach(async () => {
  await ops?.close();
  ops = undefined;
  vi.restoreAllMocks();
});

describe('guessLanguage', () => {
  it.each([
    ['Who is the Secretary General of TURKSOY?', 'en'],
    ['TÜRKSOY Genel Sekreteri kimdir?', 'tr'],
    ['Türksoy baş katibi kimdir?', 'tr'],
    ['Кто генеральный секретарь ТЮРКСОЙ?', 'ru'],
    ['2026?', 'other'],
  ])('%j -> %s', (question, language) => {
    expect(guessLanguage(question)).toBe(language);
  });
});

describe('checkHealth', () => {
  const knowledge = fakeKnowledge();
  it('is ok with the index loaded and the database answering', async () => {
    const now = Date.now();
    const store = SqliteStore.open(':memory:');
    const report = await checkHealth({ getKnowledge: () => knowledge, indexDir: indexAged(90, now), db: { connected: () => true, store }, clock: () => now });
    expect(report).toEqual({ ok: true, index: { loaded: true, articles: knowledge.articles.size, ageSeconds: 90 }, database: { connected: true, reachable: true } });
    await store.close();
  });

  it('is not ok while the database is not connected, or does not answer in time', async () => {
    const down = await checkHealth({ getKnowledge: () => knowledge, indexDir, db: { connected: () => false, store: { ping: async () => undefined } } });
    expect(down).toMatchObject({ ok: false, index: { loaded: true, ageSeconds: null }, database: { connected: false, reachable: false, error: 'not connected yet; reconnecting in the background' } });
    const slow = await checkHealth({ getKnowledge: () => knowledge, indexDir, db: { connected: () => true, store: { ping: () => new Promise(() => undefined) } }, timeoutMs: 30 });
    expect(slow).toMatchObject({ ok: false, database: { connected: true, reachable: false, error: 'no answer in 30 ms' } });
  });

  it('is not ok without an index', async () => {
    const report = await checkHealth({ getKnowledge: () => undefined, indexDir, db: { connected: () => true, store: { ping: async () => undefined } } });
    expect(report).toMatchObject({ ok: false, index: { loaded: false, articles: 0 } });
  });
});

describe('metrics', () => {
  it('counts questions by language and outcome, times answers, and counts digests', async () => {
    const metrics = createMetrics({ getKnowledge: () => fakeKnowledge(), indexDir, databaseConnected: () => true, processMetrics: false });
    const answer = countedAnswer(metrics, (_k, q) => (q.includes('Eurovision') ? { ...foundAnswer(q), found: false, via: 'none' } : foundAnswer(q)));
    await answer({} as Knowledge, 'Who is the Secretary General of TURKSOY?');
    await answer({} as Knowledge, 'TÜRKSOY Genel Sekreteri kimdir?');
    await answer({} as Knowledge, 'Who won Eurovision 2025?');
    const failing = countedAnswer(metrics, () => {
      throw new Error('core crashed');
    });
    await expect(failing({} as Knowledge, 'Кто?')).rejects.toThrow('core crashed');
    metrics.countDigests({ digestsSent: 2, digestsFailed: 1, failed: 3 });

    const text = await metrics.registry.metrics();
    const via = foundAnswer('x').via;
    expect(text).toContain(`tcb_questions_total{language="en",outcome="${via}"} 1`);
    expect(text).toContain(`tcb_questions_total{language="tr",outcome="${via}"} 1`);
    expect(text).toContain('tcb_questions_total{language="en",outcome="none"} 1');
    expect(text).toContain('tcb_questions_total{language="ru",outcome="error"} 1');
    expect(text).toMatch(/tcb_answer_duration_seconds_count\{outcome="none"\} 1/);
    expect(text).toContain('tcb_digests_total{outcome="sent"} 2');
    expect(text).toContain('tcb_digests_total{outcome="failed"} 1');
    expect(text).toContain('tcb_digests_total{outcome="deferred"} 3');
    expect(text).toContain(`tcb_index_articles ${fakeKnowledge().articles.size}`);
    expect(text).toContain('tcb_database_up 1');
  });

  it('counts every failed Bot API request by method and code, retried ones too, until uninstalled', async () => {
    const metrics = createMetrics({ getKnowledge: () => fakeKnowledge(), indexDir, databaseConnected: () => false, processMetrics: false });
    stubApi({
      sendMessage: () => {
        throw apiError(403, 'Forbidden: bot was blocked by the user');
      },
      getUpdates: () => {
        throw Object.assign(new Error('socket hang up'), { name: 'FetchError', code: 'ECONNRESET' });
      },
    });
    const uninstall = countTelegramErrors(metrics);
    const telegram = new Telegram('123456:TEST-token-for-tests-only');
    await expect(telegram.sendMessage(1, 'hi')).rejects.toThrow();
    await expect(telegram.sendMessage(1, 'hi')).rejects.toThrow();
    await expect(telegram.getUpdates(0, 1, 0, undefined)).rejects.toThrow();
    await expect(telegram.getMe()).resolves.toBeTruthy();
    uninstall();
    await expect(telegram.sendMessage(1, 'hi')).rejects.toThrow();

    const text = await metrics.registry.metrics();
    expect(text).toContain('tcb_telegram_errors_total{method="sendMessage",code="403"} 2');
    expect(text).toContain('tcb_telegram_errors_total{method="getUpdates",code="ECONNRESET"} 1');
    expect(text).toContain('tcb_database_up 0');
  });
});

describe('the ops port', () => {
  it('serves /healthz and /metrics on 127.0.0.1, and nothing else', async () => {
    const store = SqliteStore.open(':memory:');
    let connected = true;
    ops = await startOps({ config: { METRICS_HOST: '127.0.0.1', METRICS_PORT: 0, INDEX_DIR: indexAged(5, Date.now()) }, logger: silent, getKnowledge: () => fakeKnowledge(), db: { connected: () => connected, store } });
    const base = `http://127.0.0.1:${ops.port}`;

    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, index: { loaded: true }, database: { reachable: true } });

    connected = false;
    const down = await fetch(`${base}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ ok: false, database: { connected: false } });

    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await metrics.text();
    for (const name of ['tcb_questions_total', 'tcb_answer_duration_seconds', 'tcb_digests_total', 'tcb_telegram_errors_total', 'tcb_index_articles', 'tcb_index_age_seconds', 'tcb_database_up', 'process_cpu_seconds_total']) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405);
    await store.close();
  });

  it('says which setting to change when its port is taken', async () => {
    const store = SqliteStore.open(':memory:');
    ops = await startOps({ config: { METRICS_HOST: '127.0.0.1', METRICS_PORT: 0, INDEX_DIR: indexDir }, logger: silent, getKnowledge: () => fakeKnowledge(), db: { connected: () => true, store } });
    const err = await startOps({ config: { METRICS_HOST: '127.0.0.1', METRICS_PORT: ops.port, INDEX_DIR: indexDir }, logger: silent, getKnowledge: () => fakeKnowledge(), db: { connected: () => true, store } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as StartupError).message).toBe(`port ${ops.port} is already in use (METRICS_PORT).`);
    await store.close();
  });
});
