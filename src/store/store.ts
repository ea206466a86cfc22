/**
 * What the bot remembers about chats: subscriptions, settings, digests sent and articles announced.
 * One interface, two backends (SQLite for a single instance, PostgreSQL for several); see
 * docs/digests.md. Every write is idempotent so that a retried statement (a connection that dropped
 * after the commit) changes nothing twice.
 */

export type ChatType = 'private' | 'group' | 'supergroup' | 'channel';
export type Cadence = 'daily' | 'weekly';
export const CADENCES: readonly Cadence[] = ['daily', 'weekly'];

export interface ChatSettings {
  /** Local hour (0-23) the digest goes out at. */
  hour: number;
  /** IANA time zone, e.g. `Asia/Baku`. */
  timeZone: string;
  language: string;
}

export const DEFAULT_CHAT_SETTINGS: ChatSettings = { hour: 9, timeZone: 'UTC', language: 'en' };

/** The thread id of a chat's main thread (and of every chat that is not a forum). */
export const MAIN_THREAD = 0;

/**
 * Where a subscription posts: a chat, and in a forum group one of its topics (Telegram's
 * `message_thread_id`), MAIN_THREAD for the chat itself. Each (chat, thread) has its own subscription,
 * filters, announced articles and digests.
 */
export interface ChatThread {
  chatId: number;
  threadId: number;
}

/** A chat id alone means its main thread. */
export type ThreadRef = number | ChatThread;

export function chatThread(ref: ThreadRef): ChatThread {
  return typeof ref === 'number' ? { chatId: ref, threadId: MAIN_THREAD } : ref;
}

export interface Subscription extends ChatSettings {
  chatId: number;
  /** MAIN_THREAD, or the forum topic the digests go to. */
  threadId: number;
  chatType: ChatType;
  cadence: Cadence;
  /**
   * Topic filters as the user wrote them, one clause each ("film festival", "Kazakhstan"); empty: every
   * event. Read by src/core/digest/digest-filter.ts.
   */
  filters: string[];
  /** ISO timestamp of the (latest) subscribe. */
  createdAt: string;
  /** ISO timestamp of the last digest run for the chat, whether or not it sent anything. */
  lastRunAt: string | null;
}

/** `failed`: Telegram rejected it for good (see DeliverDeps.maxDigestAttempts); its articles are let go. */
export type DigestStatus = 'pending' | 'sent' | 'failed';

/** One digest for one chat: recorded before the first message goes out, completed after. */
export interface DigestRecord {
  chatId: number;
  /** The thread it goes to (digest ids of different threads differ: the thread is in the hash). */
  threadId: number;
  digestId: string;
  status: DigestStatus;
  /** The articles the digest announces; marked announced once it is sent. */
  articleIds: string[];
  /** The rendered messages, kept so a resumed digest is byte-for-byte the one first composed. */
  parts: string[];
  /** Telegram message ids of the parts sent so far, in order. */
  messageIds: number[];
  /** True once its articles are in the chat's announced set. */
  announced: boolean;
  createdAt: string;
  sentAt: string | null;
  /** Sends Telegram rejected (a 4xx it will not take back), and the last such error. */
  attempts: number;
  lastError: string | null;
}

export interface NewDigest {
  chatId: number;
  /** MAIN_THREAD when left out. */
  threadId?: number;
  digestId: string;
  articleIds: string[];
  parts: string[];
  createdAt: Date;
}

/** One question asked, as the editors' log keeps it: no user id, only a salted hash of it. */
export interface LoggedQuestion {
  /** Short random id, carried by the answer's feedback buttons. */
  id: string;
  askedAt: string;
  question: string;
  language: string;
  chatType: ChatType;
  found: boolean;
  confidence: number;
  /** The ids of the articles the answer cited. */
  sourceIds: string[];
  userHash: string;
}

export type Vote = 1 | -1;

/** A logged question with its votes tallied (one vote per user, the latest counts). */
export interface QuestionWithVotes extends LoggedQuestion {
  up: number;
  down: number;
}

/**
 * A `questions` row joined with its vote counts, as both stores read it. The dialects differ only in
 * types: PostgreSQL gives a timestamp and a boolean, SQLite text and 0/1.
 */
export function questionWithVotesFromRow(r: Record<string, unknown>): QuestionWithVotes {
  return {
    id: r.id as string,
    askedAt: new Date(r.asked_at as string | Date).toISOString(),
    question: r.question as string,
    language: r.language as string,
    chatType: r.chat_type as LoggedQuestion['chatType'],
    found: r.found === true || r.found === 1,
    confidence: Number(r.confidence),
    sourceIds: JSON.parse(r.source_ids as string) as string[],
    userHash: r.user_hash as string,
    up: Number(r.up),
    down: Number(r.down),
  };
}

export type ChatLockResult<T> = { locked: true; value: T } | { locked: false };

export interface SubscribeInput {
  chatId: number;
  /** MAIN_THREAD when left out. */
  threadId?: number;
  chatType: ChatType;
  cadence: Cadence;
  /** Replaces the filters; left out, a renewed subscription keeps its own (a new one has none). */
  filters?: string[];
  now: Date;
}

/**
 * What belongs to one subscription rather than to its chat. `hour` and `timeZone` override the chat's
 * settings for this subscription (the bot sets them for forum topics; the main thread follows the
 * chat's settings); null goes back to the chat's.
 */
export interface SubscriptionPatch {
  filters?: string[];
  hour?: number | null;
  timeZone?: string | null;
}

/** The subscriptions columns a patch sets, with their values, for both stores' UPDATE. */
export function subscriptionPatchColumns(patch: SubscriptionPatch): [column: 'filters' | 'hour' | 'time_zone', value: string | number | null][] {
  const out: [column: 'filters' | 'hour' | 'time_zone', value: string | number | null][] = [];
  if (patch.filters !== undefined) out.push(['filters', JSON.stringify(patch.filters)]);
  if (patch.hour !== undefined) out.push(['hour', patch.hour]);
  if (patch.timeZone !== undefined) out.push(['time_zone', patch.timeZone]);
  return out;
}

/** Filters as stored (a JSON array of strings); anything else reads as no filter. */
export function filtersFromJson(json: unknown): string[] {
  try {
    const value = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export interface Store {
  /** Creates or renews the (chat, thread)'s subscription (a renewed one keeps its settings). */
  subscribe(input: SubscribeInput): Promise<Subscription>;
  getSubscription(where: ThreadRef): Promise<Subscription | null>;
  /** Active subscriptions, by chat id and thread id. */
  listSubscriptions(): Promise<Subscription[]>;
  /** Changes an active subscription's own settings; null when there is none. */
  updateSubscription(where: ThreadRef, patch: SubscriptionPatch): Promise<Subscription | null>;
  /** The chat's settings (its main thread's hour and time zone, and the language of all its digests). */
  getChatSettings(chatId: number): Promise<ChatSettings>;
  /** A language patch is the chat's chosen language (as setChatLanguage). */
  updateChatSettings(chatId: number, patch: Partial<ChatSettings>, now: Date): Promise<ChatSettings>;
  /**
   * The language the chat chose for replies and digests (/language), or null when it never chose: the
   * bot then follows the user's Telegram language, as it does for 'auto' (/language auto, a choice to
   * follow it again). ChatSettings.language shows the chosen one too.
   */
  getChatLanguage(chatId: number): Promise<string | null>;
  setChatLanguage(chatId: number, language: string, now: Date): Promise<void>;
  setLastRun(where: ThreadRef, at: Date): Promise<void>;

  announcedArticleIds(where: ThreadRef): Promise<Set<string>>;
  /** Adds the articles to the thread's announced set and flags the digest (if any) as announced. */
  markArticlesAnnounced(where: ThreadRef, articleIds: string[], digestId: string, at: Date): Promise<void>;

  /** Records a digest as pending; when it already exists, returns the existing record unchanged. */
  recordDigestPending(digest: NewDigest): Promise<DigestRecord>;
  getDigest(chatId: number, digestId: string): Promise<DigestRecord | null>;
  /** Replaces the message ids sent so far (the full list, so a retried write is harmless). */
  recordDigestProgress(chatId: number, digestId: string, messageIds: number[]): Promise<void>;
  markDigestSent(chatId: number, digestId: string, messageIds: number[], sentAt: Date): Promise<void>;
  /** Counts one more rejected send of a pending digest and keeps the error; returns the count so far. */
  recordDigestAttempt(chatId: number, digestId: string, error: string): Promise<number>;
  /** Gives up a pending digest Telegram keeps rejecting: status failed, with the message ids sent before. */
  markDigestFailed(chatId: number, digestId: string, messageIds: number[], error: string): Promise<void>;
  /** The thread's digests still pending, or sent but with articles not yet marked announced; oldest first. */
  unfinishedDigests(where: ThreadRef): Promise<DigestRecord[]>;

  /** A group became a supergroup: everything recorded for oldId (every thread) now belongs to newId. */
  migrateChat(oldId: number, newId: number): Promise<void>;
  /** Ends one thread's subscription (unsubscribed there, its forum topic closed or deleted) and drops its pending digests. */
  endSubscription(where: ThreadRef, reason: string, at: Date): Promise<void>;
  /** Ends every subscription of the chat (bot blocked or kicked, chat gone) and drops its pending digests. */
  removeChat(chatId: number, reason: string, at: Date): Promise<void>;

  /** Logs a question and how it was answered (idempotent on the id). */
  recordQuestion(q: LoggedQuestion): Promise<void>;
  /** One vote per user per question; a later vote replaces the earlier. False when the question is unknown. */
  recordVote(questionId: string, userHash: string, vote: Vote, at: Date): Promise<boolean>;
  /** Questions asked at or after `since`, newest first, with their votes. */
  questionsSince(since: Date): Promise<QuestionWithVotes[]>;

  /**
   * Runs fn while holding the chat's digest lock, or returns { locked: false } at once when another
   * process holds it. This is what makes two instances deliver each digest once.
   */
  withChatLock<T>(chatId: number, fn: () => Promise<T>): Promise<ChatLockResult<T>>;
  /** Resolves when the database answers a trivial query now (no retries): for /healthz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Store failures worth a clear message (unreachable database, failed migration). */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`store: ${message}`, options);
    this.name = 'StoreError';
  }
}
