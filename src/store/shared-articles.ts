/**
 * With PostgreSQL, the database is the shared record of ingested articles: `npm run ingest` on any
 * machine records each article file (byte for byte, under its id) and NOTIFYs every instance, which
 * copies the articles it lacks into its own seeds/ and rebuilds its index (src/ingest/article-sync.ts).
 * An article ingested anywhere is answered everywhere within seconds. With SQLite there is one
 * instance, and its seeds/ is the record.
 */
import pg from 'pg';
import type { Logger } from '../logger.ts';
import { describePgUrl } from './postgres-store.ts';

export const ARTICLES_CHANNEL = 'tcb_articles';

export interface SharedArticle {
  id: string;
  bytes: Buffer;
}

/** What the sync needs of the shared record; tests pass an in-memory one. */
export interface SharedArticleSource {
  ids: () => Promise<string[]>;
  fetch: (ids: string[]) => Promise<SharedArticle[]>;
  /** Calls onChange on every notification, and after each (re)connection (notifications may have been missed). */
  listen: (onChange: () => void) => { close: () => Promise<void> };
}

export class SharedArticles implements SharedArticleSource {
  private readonly pool: pg.Pool;
  private readonly where: string;

  constructor(
    private readonly url: string,
    private readonly logger?: Logger,
    private readonly retry = { baseDelayMs: 1_000, maxDelayMs: 60_000 },
  ) {
    this.where = describePgUrl(url);
    this.pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 5_000, max: 2 });
    this.pool.on('error', (err) => logger?.warn({ err: { message: err.message } }, 'shared articles: idle connection lost'));
  }

  /** Records the articles (those already there are left as they are) and tells every instance. Returns the ids new to the record. */
  async publish(articles: SharedArticle[], addedBy: string): Promise<string[]> {
    if (articles.length === 0) return [];
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const added: string[] = [];
      for (const a of articles) {
        const res = await client.query('INSERT INTO shared_articles (id, content, added_at, added_by) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING', [
          a.id,
          a.bytes,
          new Date().toISOString(),
          addedBy,
        ]);
        if (res.rowCount) added.push(a.id);
      }
      // Delivered at commit, to every session LISTENing on the channel. The ids are a hint for the
      // logs; listeners compare the whole record with their seeds/ anyway.
      const payload = JSON.stringify(added);
      await client.query('SELECT pg_notify($1, $2)', [ARTICLES_CHANNEL, payload.length < 7_000 ? payload : '']);
      await client.query('COMMIT');
      return added;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async ids(): Promise<string[]> {
    return (await this.pool.query('SELECT id FROM shared_articles ORDER BY id')).rows.map((r: { id: string }) => r.id);
  }

  async fetch(ids: string[]): Promise<SharedArticle[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.pool.query('SELECT id, content FROM shared_articles WHERE id = ANY($1::text[]) ORDER BY id', [ids]);
    return rows.map((r: { id: string; content: Buffer }) => ({ id: r.id, bytes: r.content }));
  }

  /**
   * LISTENs on its own connection (a pooled one would be handed to other queries), and connects again
   * with backoff whenever that connection is lost: a server restart must not leave an instance deaf.
   */
  listen(onChange: () => void): { close: () => Promise<void> } {
    const log = this.logger;
    let closed = false;
    let client: pg.Client | null = null;
    let timer: NodeJS.Timeout | undefined;
    let failures = 0;

    const connect = async (): Promise<void> => {
      if (closed) return;
      const c = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 5_000 });
      let lost = false;
      const onLost = (why: string) => {
        if (lost) return;
        lost = true;
        client = null;
        if (closed) return;
        log?.warn({ database: this.where, why }, 'shared articles: notification connection lost, reconnecting');
        schedule();
      };
      // Until LISTEN succeeds a failure is a failed attempt (below), not a lost connection.
      let listening = false;
      c.on('error', (err) => {
        if (!listening) return;
        void c.end().catch(() => undefined);
        onLost(err.message);
      });
      c.on('end', () => listening && onLost('connection ended'));
      try {
        await c.connect();
        await c.query(`LISTEN ${ARTICLES_CHANNEL}`);
      } catch (err) {
        await c.end().catch(() => undefined);
        failures++;
        log?.warn({ database: this.where, err: (err as Error).message, attempt: failures }, 'shared articles: cannot listen yet, retrying');
        schedule();
        return;
      }
      if (closed) {
        await c.end().catch(() => undefined);
        return;
      }
      failures = 0;
      listening = true;
      client = c;
      c.on('notification', () => onChange());
      log?.info({ database: this.where, channel: ARTICLES_CHANNEL }, 'shared articles: listening');
      onChange();
    };

    const schedule = () => {
      if (closed) return;
      const delay = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** Math.max(0, failures - 1));
      clearTimeout(timer);
      timer = setTimeout(() => void connect(), delay);
    };

    void connect();
    return {
      close: async () => {
        closed = true;
        clearTimeout(timer);
        const c = client;
        client = null;
        await c?.end().catch(() => undefined);
      },
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
