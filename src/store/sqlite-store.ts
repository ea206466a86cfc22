import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from '../logger.ts';
import { pendingMigrations, SCHEMA_MIGRATIONS_TABLE_SQL } from './migrations.ts';
import {
  chatThread,
  DEFAULT_CHAT_SETTINGS,
  filtersFromJson,
  StoreError,
  subscriptionPatchColumns,
  type Cadence,
  type ChatLockResult,
  type ChatSettings,
  type ChatType,
  type DigestRecord,
  type LoggedQuestion,
  questionWithVotesFromRow,
  type NewDigest,
  type QuestionWithVotes,
  type Store,
  type SubscribeInput,
  type SubscriptionPatch,
  type ThreadRef,
  type Vote,
  type Subscription,
} from './store.ts';

/** How long a digest lock lives when its holder dies without releasing it (and is not seen to die). */
const LOCK_LEASE_MS = 10 * 60_000;

/**
 * Who holds a lock: host, pid, and an id of this run of the process. The run id tells a restarted
 * process from the one before it when both got the same pid (a container restarted: the bot is pid 1
 * again, on the same hostname).
 */
export interface LockHolder {
  host: string | null;
  pid: number | null;
  run_id: string | null;
}

export const THIS_PROCESS: { host: string; pid: number; runId: string } = { host: hostname(), pid: process.pid, runId: randomUUID() };

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, it is just not ours to signal.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True when the lock's holder certainly no longer runs: it ran on this host, and its pid is gone (or
 * is ours, in a later run). A holder on another host, or one recorded without a process (schema 1),
 * keeps its lease: we cannot see it.
 */
export function lockHolderGone(holder: LockHolder, self = THIS_PROCESS, alive: (pid: number) => boolean = processAlive): boolean {
  if (holder.host !== self.host || holder.pid === null || holder.run_id === null || holder.run_id === self.runId) return false;
  return holder.pid === self.pid || !alive(holder.pid);
}

interface SubscriptionRow {
  chat_id: number;
  thread_id: number;
  chat_type: string;
  cadence: string;
  created_at: string;
  last_run_at: string | null;
  hour: number | null;
  time_zone: string | null;
  language: string | null;
  filters: string;
}

interface DigestRow {
  chat_id: number;
  thread_id: number;
  digest_id: string;
  status: string;
  article_ids: string;
  parts: string;
  message_ids: string;
  announced: number;
  created_at: string;
  sent_at: string | null;
  attempts: number;
  last_error: string | null;
}

// A subscription's own hour and time zone (forum topics) win over the chat's.
const SUBSCRIPTION_SELECT = `
  SELECT s.chat_id, s.thread_id, s.chat_type, s.cadence, s.created_at, s.last_run_at, s.filters,
    COALESCE(s.hour, c.hour) AS hour, COALESCE(s.time_zone, c.time_zone) AS time_zone, COALESCE(l.language, c.language) AS language
  FROM subscriptions s LEFT JOIN chat_settings c ON c.chat_id = s.chat_id LEFT JOIN chat_languages l ON l.chat_id = s.chat_id
  WHERE s.ended_at IS NULL`;

function toSubscription(row: SubscriptionRow): Subscription {
  return {
    chatId: row.chat_id,
    threadId: row.thread_id,
    chatType: row.chat_type as ChatType,
    cadence: row.cadence as Cadence,
    createdAt: row.created_at,
    lastRunAt: row.last_run_at,
    hour: row.hour ?? DEFAULT_CHAT_SETTINGS.hour,
    timeZone: row.time_zone ?? DEFAULT_CHAT_SETTINGS.timeZone,
    language: row.language ?? DEFAULT_CHAT_SETTINGS.language,
    filters: filtersFromJson(row.filters),
  };
}

function toDigest(row: DigestRow): DigestRecord {
  return {
    chatId: row.chat_id,
    threadId: row.thread_id,
    digestId: row.digest_id,
    status: row.status as DigestRecord['status'],
    articleIds: JSON.parse(row.article_ids) as string[],
    parts: JSON.parse(row.parts) as string[],
    messageIds: JSON.parse(row.message_ids) as number[],
    announced: row.announced === 1,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    attempts: row.attempts,
    lastError: row.last_error,
  };
}

/** `sqlite:data/bot.sqlite` -> `data/bot.sqlite`; `sqlite::memory:` -> `:memory:`. */
export function sqlitePathFromUrl(url: string): string {
  const path = url.replace(/^sqlite:(\/\/)?/, '');
  return path === '' ? 'data/bot.sqlite' : path;
}

/**
 * SQLite store for a single bot instance (several processes on one file work too: the digest lock is
 * a lease row, and WAL lets readers run beside the writer). better-sqlite3 is synchronous; the async
 * methods keep the Store contract shared with PostgreSQL.
 */
export class SqliteStore implements Store {
  private constructor(
    private readonly db: Database.Database,
    private readonly logger?: Logger,
  ) {}

  static open(path: string, logger?: Logger): SqliteStore {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    let db: Database.Database;
    try {
      db = new Database(path);
    } catch (err) {
      throw new StoreError(`cannot open SQLite file ${path}: ${(err as Error).message}`, { cause: err });
    }
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    const store = new SqliteStore(db, logger);
    const applied = store.migrate();
    logger?.info({ path, applied }, 'sqlite store ready');
    return store;
  }

  private migrate(): number[] {
    this.db.exec(SCHEMA_MIGRATIONS_TABLE_SQL);
    const run = this.db.transaction(() => {
      const done = (this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version);
      const todo = pendingMigrations(done);
      for (const m of todo) {
        this.db.exec(m.sqlite);
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      }
      return todo.map((m) => m.version);
    });
    try {
      return run.immediate();
    } catch (err) {
      throw new StoreError(`migration failed: ${(err as Error).message}`, { cause: err });
    }
  }

  async subscribe(input: SubscribeInput): Promise<Subscription> {
    const threadId = input.threadId ?? 0;
    const filters = input.filters === undefined ? null : JSON.stringify(input.filters);
    this.db
      .prepare(
        `INSERT INTO subscriptions (chat_id, thread_id, chat_type, cadence, created_at, filters) VALUES (?, ?, ?, ?, ?, COALESCE(?, '[]'))
         ON CONFLICT (chat_id, thread_id) DO UPDATE SET chat_type = excluded.chat_type, cadence = excluded.cadence,
           created_at = CASE WHEN subscriptions.ended_at IS NULL THEN subscriptions.created_at ELSE excluded.created_at END,
           last_run_at = CASE WHEN subscriptions.ended_at IS NULL THEN subscriptions.last_run_at ELSE NULL END,
           filters = COALESCE(?, subscriptions.filters),
           ended_at = NULL, end_reason = NULL`,
      )
      .run(input.chatId, threadId, input.chatType, input.cadence, input.now.toISOString(), filters, filters);
    return (await this.getSubscription({ chatId: input.chatId, threadId }))!;
  }

  async getSubscription(where: ThreadRef): Promise<Subscription | null> {
    const { chatId, threadId } = chatThread(where);
    const row = this.db.prepare(`${SUBSCRIPTION_SELECT} AND s.chat_id = ? AND s.thread_id = ?`).get(chatId, threadId) as SubscriptionRow | undefined;
    return row ? toSubscription(row) : null;
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return (this.db.prepare(`${SUBSCRIPTION_SELECT} ORDER BY s.chat_id, s.thread_id`).all() as SubscriptionRow[]).map(toSubscription);
  }

  async updateSubscription(where: ThreadRef, patch: SubscriptionPatch): Promise<Subscription | null> {
    const { chatId, threadId } = chatThread(where);
    const columns = subscriptionPatchColumns(patch);
    if (columns.length > 0) {
      this.db
        .prepare(`UPDATE subscriptions SET ${columns.map(([c]) => `${c} = ?`).join(', ')} WHERE chat_id = ? AND thread_id = ? AND ended_at IS NULL`)
        .run(...columns.map(([, v]) => v), chatId, threadId);
    }
    return this.getSubscription({ chatId, threadId });
  }

  async getChatSettings(chatId: number): Promise<ChatSettings> {
    const row = this.db.prepare('SELECT hour, time_zone, language FROM chat_settings WHERE chat_id = ?').get(chatId) as
      | { hour: number; time_zone: string; language: string }
      | undefined;
    const settings = row ? { hour: row.hour, timeZone: row.time_zone, language: row.language } : { ...DEFAULT_CHAT_SETTINGS };
    return { ...settings, language: (await this.getChatLanguage(chatId)) ?? settings.language };
  }

  async getChatLanguage(chatId: number): Promise<string | null> {
    const row = this.db.prepare('SELECT language FROM chat_languages WHERE chat_id = ?').get(chatId) as { language: string } | undefined;
    return row?.language ?? null;
  }

  async setChatLanguage(chatId: number, language: string, now: Date): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO chat_languages (chat_id, language, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (chat_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at`,
      )
      .run(chatId, language, now.toISOString());
  }

  async updateChatSettings(chatId: number, patch: Partial<ChatSettings>, now: Date): Promise<ChatSettings> {
    if (patch.language !== undefined) await this.setChatLanguage(chatId, patch.language, now);
    const next = { ...(await this.getChatSettings(chatId)), ...patch };
    this.db
      .prepare(
        `INSERT INTO chat_settings (chat_id, hour, time_zone, language, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (chat_id) DO UPDATE SET hour = excluded.hour, time_zone = excluded.time_zone,
           language = excluded.language, updated_at = excluded.updated_at`,
      )
      .run(chatId, next.hour, next.timeZone, next.language, now.toISOString());
    return next;
  }

  async setLastRun(where: ThreadRef, at: Date): Promise<void> {
    const { chatId, threadId } = chatThread(where);
    this.db.prepare('UPDATE subscriptions SET last_run_at = ? WHERE chat_id = ? AND thread_id = ?').run(at.toISOString(), chatId, threadId);
  }

  async announcedArticleIds(where: ThreadRef): Promise<Set<string>> {
    const { chatId, threadId } = chatThread(where);
    const rows = this.db.prepare('SELECT article_id FROM announced_articles WHERE chat_id = ? AND thread_id = ?').all(chatId, threadId) as { article_id: string }[];
    return new Set(rows.map((r) => r.article_id));
  }

  async markArticlesAnnounced(where: ThreadRef, articleIds: string[], digestId: string, at: Date): Promise<void> {
    const { chatId, threadId } = chatThread(where);
    const insert = this.db.prepare(
      'INSERT INTO announced_articles (chat_id, thread_id, article_id, digest_id, announced_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
    this.db.transaction(() => {
      for (const id of articleIds) insert.run(chatId, threadId, id, digestId, at.toISOString());
      this.db.prepare('UPDATE digests SET announced = 1 WHERE chat_id = ? AND digest_id = ?').run(chatId, digestId);
    })();
  }

  async recordDigestPending(d: NewDigest): Promise<DigestRecord> {
    this.db
      .prepare(
        `INSERT INTO digests (chat_id, thread_id, digest_id, status, article_ids, parts, created_at) VALUES (?, ?, ?, 'pending', ?, ?, ?)
         ON CONFLICT DO NOTHING`,
      )
      .run(d.chatId, d.threadId ?? 0, d.digestId, JSON.stringify(d.articleIds), JSON.stringify(d.parts), d.createdAt.toISOString());
    return (await this.getDigest(d.chatId, d.digestId))!;
  }

  async getDigest(chatId: number, digestId: string): Promise<DigestRecord | null> {
    const row = this.db.prepare('SELECT * FROM digests WHERE chat_id = ? AND digest_id = ?').get(chatId, digestId) as DigestRow | undefined;
    return row ? toDigest(row) : null;
  }

  async recordDigestProgress(chatId: number, digestId: string, messageIds: number[]): Promise<void> {
    this.db.prepare('UPDATE digests SET message_ids = ? WHERE chat_id = ? AND digest_id = ?').run(JSON.stringify(messageIds), chatId, digestId);
  }

  async markDigestSent(chatId: number, digestId: string, messageIds: number[], sentAt: Date): Promise<void> {
    this.db
      .prepare(`UPDATE digests SET status = 'sent', message_ids = ?, sent_at = ? WHERE chat_id = ? AND digest_id = ?`)
      .run(JSON.stringify(messageIds), sentAt.toISOString(), chatId, digestId);
  }

  async recordDigestAttempt(chatId: number, digestId: string, error: string): Promise<number> {
    const row = this.db
      .prepare(`UPDATE digests SET attempts = attempts + 1, last_error = ? WHERE chat_id = ? AND digest_id = ? AND status = 'pending' RETURNING attempts`)
      .get(error, chatId, digestId) as { attempts: number } | undefined;
    return row?.attempts ?? 0;
  }

  async markDigestFailed(chatId: number, digestId: string, messageIds: number[], error: string): Promise<void> {
    this.db
      .prepare(`UPDATE digests SET status = 'failed', message_ids = ?, last_error = ? WHERE chat_id = ? AND digest_id = ? AND status = 'pending'`)
      .run(JSON.stringify(messageIds), error, chatId, digestId);
  }

  async unfinishedDigests(where: ThreadRef): Promise<DigestRecord[]> {
    const { chatId, threadId } = chatThread(where);
    const rows = this.db
      .prepare(`SELECT * FROM digests WHERE chat_id = ? AND thread_id = ? AND (status = 'pending' OR announced = 0) ORDER BY created_at, digest_id`)
      .all(chatId, threadId) as DigestRow[];
    return rows.map(toDigest);
  }

  async migrateChat(oldId: number, newId: number): Promise<void> {
    if (oldId === newId) return;
    this.db.transaction(() => {
      // The new id may already be known (the migration seen twice, or the bot added to the supergroup
      // first): what the new chat already has wins, thread by thread.
      for (const table of ['chat_settings', 'chat_languages']) {
        const taken = this.db.prepare(`SELECT 1 FROM ${table} WHERE chat_id = ?`).get(newId);
        if (taken) this.db.prepare(`DELETE FROM ${table} WHERE chat_id = ?`).run(oldId);
        else this.db.prepare(`UPDATE ${table} SET chat_id = ? WHERE chat_id = ?`).run(newId, oldId);
      }
      this.db.prepare('UPDATE OR IGNORE subscriptions SET chat_id = ? WHERE chat_id = ?').run(newId, oldId);
      this.db.prepare('DELETE FROM subscriptions WHERE chat_id = ?').run(oldId);
      this.db.prepare(`UPDATE subscriptions SET chat_type = 'supergroup' WHERE chat_id = ?`).run(newId);
      this.db.prepare('UPDATE OR IGNORE digests SET chat_id = ? WHERE chat_id = ?').run(newId, oldId);
      this.db.prepare('DELETE FROM digests WHERE chat_id = ?').run(oldId);
      this.db.prepare('UPDATE OR IGNORE announced_articles SET chat_id = ? WHERE chat_id = ?').run(newId, oldId);
      this.db.prepare('DELETE FROM announced_articles WHERE chat_id = ?').run(oldId);
    })();
  }

  async endSubscription(where: ThreadRef, reason: string, at: Date): Promise<void> {
    const { chatId, threadId } = chatThread(where);
    this.db.transaction(() => {
      this.db
        .prepare('UPDATE subscriptions SET ended_at = ?, end_reason = ? WHERE chat_id = ? AND thread_id = ? AND ended_at IS NULL')
        .run(at.toISOString(), reason, chatId, threadId);
      this.db.prepare(`DELETE FROM digests WHERE chat_id = ? AND thread_id = ? AND status = 'pending'`).run(chatId, threadId);
    })();
  }

  async removeChat(chatId: number, reason: string, at: Date): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('UPDATE subscriptions SET ended_at = ?, end_reason = ? WHERE chat_id = ? AND ended_at IS NULL').run(at.toISOString(), reason, chatId);
      this.db.prepare(`DELETE FROM digests WHERE chat_id = ? AND status = 'pending'`).run(chatId);
    })();
  }

  async withChatLock<T>(chatId: number, fn: () => Promise<T>): Promise<ChatLockResult<T>> {
    const owner = randomUUID();
    const acquired = this.db.transaction(() => {
      const now = Date.now();
      this.db.prepare('DELETE FROM chat_locks WHERE chat_id = ? AND expires_at < ?').run(chatId, now);
      const holder = this.db.prepare('SELECT owner, host, pid, run_id FROM chat_locks WHERE chat_id = ?').get(chatId) as (LockHolder & { owner: string }) | undefined;
      if (holder && lockHolderGone(holder)) {
        // Its process died holding it (kill -9, a crash): waiting out the lease would only delay the chat.
        this.db.prepare('DELETE FROM chat_locks WHERE chat_id = ? AND owner = ?').run(chatId, holder.owner);
        this.logger?.warn({ chatId, pid: holder.pid }, 'digest lock held by a process that is gone, taking it over');
      }
      const { host, pid, runId } = THIS_PROCESS;
      return (
        this.db
          .prepare('INSERT OR IGNORE INTO chat_locks (chat_id, owner, expires_at, host, pid, run_id) VALUES (?, ?, ?, ?, ?, ?)')
          .run(chatId, owner, now + LOCK_LEASE_MS, host, pid, runId).changes === 1
      );
    }).immediate();
    if (!acquired) return { locked: false };
    try {
      return { locked: true, value: await fn() };
    } finally {
      this.db.prepare('DELETE FROM chat_locks WHERE chat_id = ? AND owner = ?').run(chatId, owner);
    }
  }

  async recordQuestion(q: LoggedQuestion): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO questions (id, asked_at, question, language, chat_type, found, confidence, source_ids, user_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      )
      .run(q.id, q.askedAt, q.question, q.language, q.chatType, q.found ? 1 : 0, q.confidence, JSON.stringify(q.sourceIds), q.userHash);
  }

  async recordVote(questionId: string, userHash: string, vote: Vote, at: Date): Promise<boolean> {
    if (!this.db.prepare('SELECT 1 FROM questions WHERE id = ?').get(questionId)) return false;
    this.db
      .prepare(
        `INSERT INTO votes (question_id, user_hash, vote, voted_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (question_id, user_hash) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at`,
      )
      .run(questionId, userHash, vote, at.toISOString());
    return true;
  }

  async questionsSince(since: Date): Promise<QuestionWithVotes[]> {
    const rows = this.db
      .prepare(
        `SELECT q.*, COALESCE(SUM(CASE WHEN v.vote = 1 THEN 1 ELSE 0 END), 0) AS up, COALESCE(SUM(CASE WHEN v.vote = -1 THEN 1 ELSE 0 END), 0) AS down
         FROM questions q LEFT JOIN votes v ON v.question_id = q.id
         WHERE q.asked_at >= ? GROUP BY q.id ORDER BY q.asked_at DESC, q.id`,
      )
      .all(since.toISOString()) as Record<string, unknown>[];
    return rows.map(questionWithVotesFromRow);
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
