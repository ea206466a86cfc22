/**
 * A database that is down when the bot starts must not take questions down with it, nor leave the bot
 * without subscriptions until someone restarts it. connectStore tries once, and when that fails keeps
 * trying in the background with backoff; meanwhile its store answers every call with
 * StoreUnavailableError, which the subscription commands turn into "briefly unavailable".
 */
import type { Logger } from '../logger.ts';
import { isTransientPgError } from './pg-retry.ts';
import { StoreError, type ChatLockResult, type ChatSettings, type Store } from './store.ts';

/** The store is not connected (yet): nothing was read or written. */
export class StoreUnavailableError extends StoreError {
  constructor() {
    super('the database is not connected yet; reconnecting in the background');
    this.name = 'StoreUnavailableError';
  }
}

/** True when a store call failed because the database cannot be reached, not because of the call. */
export function isStoreUnavailable(err: unknown): boolean {
  return err instanceof StoreUnavailableError || isTransientPgError(err);
}

export interface StoreConnection {
  /** Always usable: delegates once connected, throws StoreUnavailableError before. */
  store: Store;
  connected: () => boolean;
  /** Settles when the store is connected (never, if it is closed first). */
  ready: Promise<void>;
  /** Stops reconnecting and closes the store. */
  close: () => Promise<void>;
}

export interface ConnectOptions {
  logger: Logger;
  /** First wait after a failed attempt; doubles up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/** Opens the store now, or keeps trying in the background; never rejects. */
export async function connectStore(open: () => Promise<Store> | Store, opts: ConnectOptions): Promise<StoreConnection> {
  const base = opts.baseDelayMs ?? 1_000;
  const max = opts.maxDelayMs ?? 60_000;
  const log = opts.logger;
  let inner: Store | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const attempt = async (): Promise<boolean> => {
    try {
      const store = await open();
      if (closed) {
        await store.close();
        return false;
      }
      inner = store;
      markReady();
      return true;
    } catch (err) {
      // openStore's errors name host, port and database, never the password.
      log.warn({ err: (err as Error).message }, 'database unavailable');
      return false;
    }
  };

  const retryInBackground = async (): Promise<void> => {
    for (let n = 0; !closed; n++) {
      const delayMs = Math.min(max, base * 2 ** n);
      log.info({ attempt: n + 2, delay_ms: delayMs }, 'reconnecting to the database after a wait');
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, delayMs);
      });
      if (closed) return;
      if (await attempt()) {
        log.info({ attempts: n + 2 }, 'database connected: subscriptions and digests are available again');
        return;
      }
    }
  };

  if (!(await attempt())) {
    log.error('database unavailable at start-up: answering questions; subscriptions and digests wait until it is back');
    void retryInBackground();
  }

  const use = (): Store => {
    if (!inner) throw new StoreUnavailableError();
    return inner;
  };

  const store: Store = {
    subscribe: (input) => call(() => use().subscribe(input)),
    getSubscription: (where) => call(() => use().getSubscription(where)),
    listSubscriptions: () => call(() => use().listSubscriptions()),
    updateSubscription: (where, patch) => call(() => use().updateSubscription(where, patch)),
    getChatSettings: (chatId) => call(() => use().getChatSettings(chatId)),
    updateChatSettings: (chatId, patch: Partial<ChatSettings>, now) => call(() => use().updateChatSettings(chatId, patch, now)),
    getChatLanguage: (chatId) => call(() => use().getChatLanguage(chatId)),
    setChatLanguage: (chatId, language, now) => call(() => use().setChatLanguage(chatId, language, now)),
    setLastRun: (where, at) => call(() => use().setLastRun(where, at)),
    announcedArticleIds: (where) => call(() => use().announcedArticleIds(where)),
    markArticlesAnnounced: (where, ids, digestId, at) => call(() => use().markArticlesAnnounced(where, ids, digestId, at)),
    recordDigestPending: (d) => call(() => use().recordDigestPending(d)),
    getDigest: (chatId, digestId) => call(() => use().getDigest(chatId, digestId)),
    recordDigestProgress: (chatId, digestId, ids) => call(() => use().recordDigestProgress(chatId, digestId, ids)),
    markDigestSent: (chatId, digestId, ids, at) => call(() => use().markDigestSent(chatId, digestId, ids, at)),
    recordDigestAttempt: (chatId, digestId, error) => call(() => use().recordDigestAttempt(chatId, digestId, error)),
    markDigestFailed: (chatId, digestId, ids, error) => call(() => use().markDigestFailed(chatId, digestId, ids, error)),
    unfinishedDigests: (where) => call(() => use().unfinishedDigests(where)),
    migrateChat: (oldId, newId) => call(() => use().migrateChat(oldId, newId)),
    endSubscription: (where, reason, at) => call(() => use().endSubscription(where, reason, at)),
    removeChat: (chatId, reason, at) => call(() => use().removeChat(chatId, reason, at)),
    recordQuestion: (q) => call(() => use().recordQuestion(q)),
    recordVote: (id, user, vote, at) => call(() => use().recordVote(id, user, vote, at)),
    questionsSince: (since) => call(() => use().questionsSince(since)),
    ping: () => call(() => use().ping()),
    withChatLock: <T>(chatId: number, fn: () => Promise<T>): Promise<ChatLockResult<T>> => call(() => use().withChatLock(chatId, fn)),
    close: async () => {
      closed = true;
      clearTimeout(timer);
      wake?.();
      const s = inner;
      inner = null;
      await s?.close();
    },
  };

  return { store, connected: () => inner !== null, ready, close: store.close };
}

/** A synchronous throw (use() before connecting) becomes a rejection, as callers of a Store expect. */
async function call<T>(fn: () => Promise<T>): Promise<T> {
  return fn();
}
