import pg from 'pg';
import type { Logger } from '../logger.ts';
import { pendingMigrations, SCHEMA_MIGRATIONS_TABLE_SQL } from './migrations.ts';
import { DEFAULT_RETRY, withPgRetry, type RetryOptions } from './pg-retry.ts';
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

/** First key of every advisory lock this bot takes, so they cannot collide with another program's. */
const LOCK_NAMESPACE = 0x7463_6200; // "tcb\0"
const MIGRATION_LOCK_KEY = 1;

// A subscription's own hour and time zone (forum topics) win over the chat's.
const SUBSCRIPTION_SELECT = `
  SELECT s.chat_id, s.thread_id, s.chat_type, s.cadence, s.created_at, s.last_run_at, s.filters,
    COALESCE(s.hour, c.hour) AS hour, COALESCE(s.time_zone, c.time_zone) AS time_zone, COALESCE(l.language, c.language) AS language
  FROM subscriptions s LEFT JOIN chat_settings c ON c.chat_id = s.chat_id LEFT JOIN chat_languages l ON l.chat_id = s.chat_id
  WHERE s.ended_at IS NULL`;

type Row = Record<string, unknown>;

const iso = (v: unknown): string | null => (v == null ? null : v instanceof Date ? v.toISOString() : String(v));

function toSubscription(r: Row): Subscription {
  return {
    chatId: Number(r.chat_id),
    threadId: Number(r.thread_id ?? 0),
    chatType: r.chat_type as ChatType,
    cadence: r.cadence as Cadence,
    createdAt: iso(r.created_at)!,
    lastRunAt: iso(r.last_run_at),
    hour: r.hour == null ? DEFAULT_CHAT_SETTINGS.hour : Number(r.hour),
    timeZone: (r.time_zone as string | null) ?? DEFAULT_CHAT_SETTINGS.timeZone,
    language: (r.language as string | null) ?? DEFAULT_CHAT_SETTINGS.language,
    filters: filtersFromJson(r.filters),
  };
}

function toDigest(r: Row): DigestRecord {
  return {
    chatId: Number(r.chat_id),
    threadId: Number(r.thread_id ?? 0),
    digestId: r.digest_id as string,
    status: r.status as DigestRecord['status'],
    articleIds: r.article_ids as string[],
    parts: r.parts as string[],
    messageIds: r.message_ids as number[],
    announced: r.announced === true,
    createdAt: iso(r.created_at)!,
    sentAt: iso(r.sent_at),
    attempts: Number(r.attempts ?? 0),
    lastError: (r.last_error as string | null) ?? null,
  };
}

/** Host, port and database of a connection URL, for messages: never the user's password. */
export function describePgUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname && u.pathname !== '/' ? u.pathname : ''}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

/** The message with the URL's password (if any) blanked out. */
function withoutPassword(message: string, url: string): string {
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    return message.split(url).join('[DATABASE_URL]');
  }
  return password.length > 0 ? message.split(password).join('[REDACTED]') : message;
}

/** A chat id as the second advisory-lock key (int4); ids that collide only share a lock. */
const chatLockKey = (chatId: number): number => Number(BigInt.asIntN(32, BigInt(chatId)));

/**
 * PostgreSQL store: several bot instances may share one database. Each call is retried with backoff
 * when the connection (not the statement) fails; every write is idempotent, so a retry after a commit
 * whose answer was lost changes nothing.
 */
export class PostgresStore implements Store {
  private constructor(
    private readonly pool: pg.Pool,
    private readonly logger: Logger | undefined,
    private readonly retry: RetryOptions,
  ) {}

  static async open(url: string, logger?: Logger, opts: { retry?: Partial<RetryOptions> } = {}): Promise<PostgresStore> {
    const where = describePgUrl(url);
    const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 5_000, max: 10 });
    // An idle client whose connection drops emits 'error' on the pool; unhandled, it would end the process.
    pool.on('error', (err) => logger?.warn({ err: { message: err.message, code: (err as { code?: string }).code } }, 'postgres idle client lost'));
    try {
      await pool.query('SELECT 1');
    } catch (err) {
      await pool.end().catch(() => undefined);
      const code = (err as { code?: string }).code;
      // No `cause`: a driver error may carry the connection string, and errors end up in logs.
      throw new StoreError(`cannot connect to PostgreSQL at ${where}${code ? ` (${code})` : ''}: ${withoutPassword((err as Error).message, url)}`);
    }
    const retry: RetryOptions = {
      ...DEFAULT_RETRY,
      onRetry: ({ attempt, delayMs, err }) =>
        logger?.warn({ attempt, delayMs: Math.round(delayMs), code: (err as { code?: string }).code, msg: (err as Error).message }, 'postgres call failed, retrying'),
      ...opts.retry,
    };
    const store = new PostgresStore(pool, logger, retry);
    const applied = await store.migrate().catch(async (err: unknown) => {
      await pool.end().catch(() => undefined);
      throw err instanceof StoreError ? err : new StoreError(`migration failed on ${where}: ${withoutPassword((err as Error).message, url)}`);
    });
    logger?.info({ database: where, applied }, 'postgres store ready');
    return store;
  }

  private async query(sql: string, params: unknown[] = []): Promise<Row[]> {
    return withPgRetry(async () => (await this.pool.query(sql, params)).rows as Row[], this.retry);
  }

  /** Runs fn in one transaction on one connection, the whole transaction retried on a dropped connection. */
  private async transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return withPgRetry(async () => {
      const client = await this.pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const value = await fn(client);
        await client.query('COMMIT');
        return value;
      } catch (err) {
        broken = err as Error;
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        // A client whose connection failed must not go back to the pool.
        client.release(broken && isConnectionBroken(broken) ? broken : undefined);
      }
    }, this.retry);
  }

  private async migrate(): Promise<number[]> {
    return this.transaction(async (c) => {
      // Two instances starting together: the second waits here, then finds nothing left to apply.
      await c.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_NAMESPACE, MIGRATION_LOCK_KEY]);
      await c.query(SCHEMA_MIGRATIONS_TABLE_SQL);
      const done = (await c.query('SELECT version FROM schema_migrations')).rows.map((r: Row) => Number(r.version));
      const todo = pendingMigrations(done);
      for (const m of todo) {
        await c.query(m.postgres);
        await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
      }
      return todo.map((m) => m.version);
    });
  }

  async subscribe(input: SubscribeInput): Promise<Subscription> {
    const threadId = input.threadId ?? 0;
    await this.query(
      `INSERT INTO subscriptions (chat_id, thread_id, chat_type, cadence, created_at, filters) VALUES ($1, $2, $3, $4, $5, COALESCE($6, '[]'))
       ON CONFLICT (chat_id, thread_id) DO UPDATE SET chat_type = excluded.chat_type, cadence = excluded.cadence,
         created_at = CASE WHEN subscriptions.ended_at IS NULL THEN subscriptions.created_at ELSE excluded.created_at END,
         last_run_at = CASE WHEN subscriptions.ended_at IS NULL THEN subscriptions.last_run_at ELSE NULL END,
         filters = COALESCE($6, subscriptions.filters),
         ended_at = NULL, end_reason = NULL`,
      [input.chatId, threadId, input.chatType, input.cadence, input.now.toISOString(), input.filters === undefined ? null : JSON.stringify(input.filters)],
    );
    return (await this.getSubscription({ chatId: input.chatId, threadId }))!;
  }

  async getSubscription(where: ThreadRef): Promise<Subscription | null> {
    const { chatId, threadId } = chatThread(where);
    const [row] = await this.query(`${SUBSCRIPTION_SELECT} AND s.chat_id = $1 AND s.thread_id = $2`, [chatId, threadId]);
    return row ? toSubscription(row) : null;
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return (await this.query(`${SUBSCRIPTION_SELECT} ORDER BY s.chat_id, s.thread_id`)).map(toSubscription);
  }

  async updateSubscription(where: ThreadRef, patch: SubscriptionPatch): Promise<Subscription | null> {
    const { chatId, threadId } = chatThread(where);
    const columns = subscriptionPatchColumns(patch);
    if (columns.length > 0) {
      await this.query(
        `UPDATE subscriptions SET ${columns.map(([c], i) => `${c} = $${i + 3}`).join(', ')} WHERE chat_id = $1 AND thread_id = $2 AND ended_at IS NULL`,
        [chatId, threadId, ...columns.map(([, v]) => v)],
      );
    }
    return this.getSubscription({ chatId, threadId });
  }

  async getChatSettings(chatId: number): Promise<ChatSettings> {
    const [row] = await this.query('SELECT hour, time_zone, language FROM chat_settings WHERE chat_id = $1', [chatId]);
    const settings = row ? { hour: Number(row.hour), timeZone: row.time_zone as string, language: row.language as string } : { ...DEFAULT_CHAT_SETTINGS };
    return { ...settings, language: (await this.getChatLanguage(chatId)) ?? settings.language };
  }

  async getChatLanguage(chatId: number): Promise<string | null> {
    const [row] = await this.query('SELECT language FROM chat_languages WHERE chat_id = $1', [chatId]);
    return (row?.language as string | undefined) ?? null;
  }

  async setChatLanguage(chatId: number, language: string, now: Date): Promise<void> {
    await this.query(
      `INSERT INTO chat_languages (chat_id, language, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (chat_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at`,
      [chatId, language, now.toISOString()],
    );
  }

  async updateChatSettings(chatId: number, patch: Partial<ChatSettings>, now: Date): Promise<ChatSettings> {
    if (patch.language !== undefined) await this.setChatLanguage(chatId, patch.language, now);
    const next = { ...(await this.getChatSettings(chatId)), ...patch };
    await this.query(
      `INSERT INTO chat_settings (chat_id, hour, time_zone, language, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (chat_id) DO UPDATE SET hour = excluded.hour, time_zone = excluded.time_zone,
         language = excluded.language, updated_at = excluded.updated_at`,
      [chatId, next.hour, next.timeZone, next.language, now.toISOString()],
    );
    return next;
  }

  async setLastRun(where: ThreadRef, at: Date): Promise<void> {
    const { chatId, threadId } = chatThread(where);
    await this.query('UPDATE subscriptions SET last_run_at = $3 WHERE chat_id = $1 AND thread_id = $2', [chatId, threadId, at.toISOString()]);
  }

  async announcedArticleIds(where: ThreadRef): Promise<Set<string>> {
    const { chatId, threadId } = chatThread(where);
    const rows = await this.query('SELECT article_id FROM announced_articles WHERE chat_id = $1 AND thread_id = $2', [chatId, threadId]);
    return new Set(rows.map((r) => r.article_id as string));
  }

  async markArticlesAnnounced(where: ThreadRef, articleIds: string[], digestId: string, at: Date): Promise<void> {
    const { chatId, threadId } = chatThread(where);
    await this.transaction(async (c) => {
      await c.query(
        `INSERT INTO announced_articles (chat_id, thread_id, article_id, digest_id, announced_at)
         SELECT $1, $2, unnest($3::text[]), $4, $5 ON CONFLICT DO NOTHING`,
        [chatId, threadId, articleIds, digestId, at.toISOString()],
      );
      await c.query('UPDATE digests SET announced = TRUE WHERE chat_id = $1 AND digest_id = $2', [chatId, digestId]);
    });
  }

  async recordDigestPending(d: NewDigest): Promise<DigestRecord> {
    await this.query(
      `INSERT INTO digests (chat_id, thread_id, digest_id, status, article_ids, parts, created_at) VALUES ($1, $2, $3, 'pending', $4, $5, $6)
       ON CONFLICT DO NOTHING`,
      [d.chatId, d.threadId ?? 0, d.digestId, JSON.stringify(d.articleIds), JSON.stringify(d.parts), d.createdAt.toISOString()],
    );
    return (await this.getDigest(d.chatId, d.digestId))!;
  }

  async getDigest(chatId: number, digestId: string): Promise<DigestRecord | null> {
    const [row] = await this.query('SELECT * FROM digests WHERE chat_id = $1 AND digest_id = $2', [chatId, digestId]);
    return row ? toDigest(row) : null;
  }

  async recordDigestProgress(chatId: number, digestId: string, messageIds: number[]): Promise<void> {
    await this.query('UPDATE digests SET message_ids = $3 WHERE chat_id = $1 AND digest_id = $2', [chatId, digestId, JSON.stringify(messageIds)]);
  }

  async markDigestSent(chatId: number, digestId: string, messageIds: number[], sentAt: Date): Promise<void> {
    await this.query(`UPDATE digests SET status = 'sent', message_ids = $3, sent_at = $4 WHERE chat_id = $1 AND digest_id = $2`, [
      chatId,
      digestId,
      JSON.stringify(messageIds),
      sentAt.toISOString(),
    ]);
  }

  // Not idempotent like the other writes: a retry after a lost commit counts one attempt twice, which
  // only gives a digest up one run early.
  async recordDigestAttempt(chatId: number, digestId: string, error: string): Promise<number> {
    const [row] = await this.query(
      `UPDATE digests SET attempts = attempts + 1, last_error = $3 WHERE chat_id = $1 AND digest_id = $2 AND status = 'pending' RETURNING attempts`,
      [chatId, digestId, error],
    );
    return row ? Number(row.attempts) : 0;
  }

  async markDigestFailed(chatId: number, digestId: string, messageIds: number[], error: string): Promise<void> {
    await this.query(`UPDATE digests SET status = 'failed', message_ids = $3, last_error = $4 WHERE chat_id = $1 AND digest_id = $2 AND status = 'pending'`, [
      chatId,
      digestId,
      JSON.stringify(messageIds),
      error,
    ]);
  }

  async unfinishedDigests(where: ThreadRef): Promise<DigestRecord[]> {
    const { chatId, threadId } = chatThread(where);
    const rows = await this.query(
      `SELECT * FROM digests WHERE chat_id = $1 AND thread_id = $2 AND (status = 'pending' OR NOT announced) ORDER BY created_at, digest_id`,
      [chatId, threadId],
    );
    return rows.map(toDigest);
  }

  async migrateChat(oldId: number, newId: number): Promise<void> {
    if (oldId === newId) return;
    await this.transaction(async (c) => {
      // What the new chat already has wins (the migration seen twice, or the supergroup known first),
      // thread by thread.
      for (const table of ['chat_settings', 'chat_languages']) {
        const taken = (await c.query(`SELECT 1 FROM ${table} WHERE chat_id = $1`, [newId])).rowCount;
        if (taken) await c.query(`DELETE FROM ${table} WHERE chat_id = $1`, [oldId]);
        else await c.query(`UPDATE ${table} SET chat_id = $2 WHERE chat_id = $1`, [oldId, newId]);
      }
      await c.query(
        `UPDATE subscriptions s SET chat_id = $2 WHERE s.chat_id = $1
         AND NOT EXISTS (SELECT 1 FROM subscriptions n WHERE n.chat_id = $2 AND n.thread_id = s.thread_id)`,
        [oldId, newId],
      );
      await c.query('DELETE FROM subscriptions WHERE chat_id = $1', [oldId]);
      await c.query(`UPDATE subscriptions SET chat_type = 'supergroup' WHERE chat_id = $1`, [newId]);
      await c.query(
        `UPDATE digests d SET chat_id = $2 WHERE d.chat_id = $1
         AND NOT EXISTS (SELECT 1 FROM digests n WHERE n.chat_id = $2 AND n.digest_id = d.digest_id)`,
        [oldId, newId],
      );
      await c.query('DELETE FROM digests WHERE chat_id = $1', [oldId]);
      await c.query(
        `INSERT INTO announced_articles (chat_id, thread_id, article_id, digest_id, announced_at)
         SELECT $2, thread_id, article_id, digest_id, announced_at FROM announced_articles WHERE chat_id = $1 ON CONFLICT DO NOTHING`,
        [oldId, newId],
      );
      await c.query('DELETE FROM announced_articles WHERE chat_id = $1', [oldId]);
    });
  }

  async endSubscription(where: ThreadRef, reason: string, at: Date): Promise<void> {
    const { chatId, threadId } = chatThread(where);
    await this.transaction(async (c) => {
      await c.query('UPDATE subscriptions SET ended_at = $3, end_reason = $4 WHERE chat_id = $1 AND thread_id = $2 AND ended_at IS NULL', [
        chatId,
        threadId,
        at.toISOString(),
        reason,
      ]);
      await c.query(`DELETE FROM digests WHERE chat_id = $1 AND thread_id = $2 AND status = 'pending'`, [chatId, threadId]);
    });
  }

  async removeChat(chatId: number, reason: string, at: Date): Promise<void> {
    await this.transaction(async (c) => {
      await c.query('UPDATE subscriptions SET ended_at = $2, end_reason = $3 WHERE chat_id = $1 AND ended_at IS NULL', [chatId, at.toISOString(), reason]);
      await c.query(`DELETE FROM digests WHERE chat_id = $1 AND status = 'pending'`, [chatId]);
    });
  }

  /**
   * A transaction-scoped advisory lock on its own connection. Unlike SELECT ... FOR UPDATE on the
   * subscription row, it does not block the writes fn makes to that row on other connections
   * (removeChat after a 403, migrateChat), and it is released when the holder's connection dies.
   */
  async withChatLock<T>(chatId: number, fn: () => Promise<T>): Promise<ChatLockResult<T>> {
    const client = await withPgRetry(() => this.pool.connect(), this.retry);
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const { rows } = await client.query('SELECT pg_try_advisory_xact_lock($1, $2) AS locked', [LOCK_NAMESPACE, chatLockKey(chatId)]);
      if (!(rows[0] as Row | undefined)?.locked) {
        await client.query('ROLLBACK');
        return { locked: false };
      }
      try {
        return { locked: true, value: await fn() };
      } finally {
        await client.query('COMMIT').catch((err: Error) => {
          broken = err;
          this.logger?.warn({ chatId, msg: err.message }, 'postgres chat lock connection lost');
        });
      }
    } catch (err) {
      broken = err as Error;
      throw err;
    } finally {
      client.release(broken && isConnectionBroken(broken) ? broken : undefined);
    }
  }

  async recordQuestion(q: LoggedQuestion): Promise<void> {
    await this.query(
      `INSERT INTO questions (id, asked_at, question, language, chat_type, found, confidence, source_ids, user_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [q.id, q.askedAt, q.question, q.language, q.chatType, q.found, q.confidence, JSON.stringify(q.sourceIds), q.userHash],
    );
  }

  async recordVote(questionId: string, userHash: string, vote: Vote, at: Date): Promise<boolean> {
    const rows = await this.query(
      `INSERT INTO votes (question_id, user_hash, vote, voted_at)
       SELECT id, $2, $3, $4 FROM questions WHERE id = $1
       ON CONFLICT (question_id, user_hash) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at
       RETURNING question_id`,
      [questionId, userHash, vote, at.toISOString()],
    );
    return rows.length > 0;
  }

  async questionsSince(since: Date): Promise<QuestionWithVotes[]> {
    const rows = await this.query(
      `SELECT q.*, COUNT(*) FILTER (WHERE v.vote = 1) AS up, COUNT(*) FILTER (WHERE v.vote = -1) AS down
       FROM questions q LEFT JOIN votes v ON v.question_id = q.id
       WHERE q.asked_at >= $1 GROUP BY q.id ORDER BY q.asked_at DESC, q.id`,
      [since.toISOString()],
    );
    return rows.map(questionWithVotesFromRow);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function isConnectionBroken(err: Error): boolean {
  return !('severity' in err) || /terminat|connection/i.test(err.message);
}
