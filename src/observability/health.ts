/**
 * What /healthz reports: the index is loaded, and the database answers. Either missing makes it 503,
 * though the bot still answers questions without a database (see README, "When the database is down").
 */
import type { Knowledge } from '../core/knowledge.ts';
import type { Store } from '../store/store.ts';
import { indexBuiltAt } from './metrics.ts';

export interface HealthReport {
  ok: boolean;
  index: { loaded: boolean; articles: number; ageSeconds: number | null };
  database: { connected: boolean; reachable: boolean; error?: string };
}

export interface HealthOptions {
  getKnowledge: () => Knowledge | undefined;
  indexDir: string;
  db: { connected: () => boolean; store: Pick<Store, 'ping'> };
  /** A database slower than this to answer `SELECT 1` counts as unreachable. */
  timeoutMs?: number;
  clock?: () => number;
}

export async function checkHealth(opts: HealthOptions): Promise<HealthReport> {
  const clock = opts.clock ?? Date.now;
  let articles = 0;
  let loaded = false;
  try {
    const knowledge = opts.getKnowledge();
    loaded = knowledge !== undefined && knowledge.articles instanceof Map;
    articles = knowledge?.articles.size ?? 0;
  } catch {
    loaded = false;
  }
  const builtAt = indexBuiltAt(opts.indexDir);
  const index = { loaded, articles, ageSeconds: builtAt === null ? null : Math.max(0, Math.round((clock() - builtAt) / 1000)) };

  const connected = opts.db.connected();
  let reachable = false;
  let error: string | undefined;
  if (!connected) error = 'not connected yet; reconnecting in the background';
  else {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        opts.db.store.ping(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${opts.timeoutMs ?? 2000} ms`)), opts.timeoutMs ?? 2000))),
      ]);
      reachable = true;
    } catch (err) {
      // Driver messages name host and port at most; the URL and password never reach them.
      error = (err as Error).message;
    } finally {
      clearTimeout(timer);
    }
  }
  return { ok: loaded && reachable, index, database: { connected, reachable, ...(error ? { error } : {}) } };
}
