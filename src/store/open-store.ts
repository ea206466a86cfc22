import type { Logger } from '../logger.ts';
import { PostgresStore } from './postgres-store.ts';
import { SqliteStore, sqlitePathFromUrl } from './sqlite-store.ts';
import { StoreError, type Store } from './store.ts';

export const DEFAULT_DATABASE_URL = 'sqlite:data/bot.sqlite';

/**
 * The store DATABASE_URL names: `sqlite:PATH` (default `sqlite:data/bot.sqlite`) or
 * `postgres://user:password@host:port/db`. Migrations run before it returns. The URL itself is never
 * logged or put into an error: it may hold the password.
 */
export async function openStore(url: string | undefined, logger: Logger): Promise<Store> {
  const u = url && url.trim() !== '' ? url.trim() : DEFAULT_DATABASE_URL;
  if (u.startsWith('sqlite:')) return SqliteStore.open(sqlitePathFromUrl(u), logger.child({ store: 'sqlite' }));
  if (u.startsWith('postgres://') || u.startsWith('postgresql://')) return PostgresStore.open(u, logger.child({ store: 'postgres' }));
  throw new StoreError('DATABASE_URL must start with sqlite: or postgres://');
}
