/**
 * The one outgoing queue: every Bot API call that puts something in a chat (replies, notices, digests,
 * edits, chat actions) waits its turn here, so the bot as a whole stays inside Telegram's limits instead
 * of each call retrying on its own.
 *
 * - Per chat, messages go out in the order they were queued, one at a time (the next waits for the
 *   previous one's acknowledgment), at most 1 a second in a private chat and 20 a minute in a group.
 * - Overall: no limit while Telegram accepts everything (replies to people who just wrote are not "bulk
 *   notifications", and a fixed 30/s would make every burst wait). The first 429 pauses the whole queue
 *   for its retry_after and from then on the bot sends at most `globalPerSecond`; after
 *   `relaxAfterMs` without a 429 the limit is raised by half, and lifted above `liftAbovePerSecond`.
 *   Digests are bulk sending: they never go faster than `globalPerSecond`, 429 or not.
 * - Busy notices (overload-gate.ts) go first, at most `noticesPerSecond`; then replies to people; then
 *   digests, whenever more than one could go.
 * - A reply that has waited `typingAfterMs` gets one "typing" action (its own budget of
 *   `actionsPerSecond`, newest waiters first: under a backlog the people who will wait longest are the
 *   ones the courtesy is for); it is dropped when the reply goes out first.
 * - Network errors and 5xx back off per message, holding only that chat's turn.
 */
import { TelegramError } from 'telegraf';
import type { Logger } from '../logger.ts';
import { DEFAULT_RETRY, retryDelay, type CallApi } from './retry.ts';
import { TokenBucket } from './token-bucket.ts';

/** A chat id as the Bot API takes it: a number, or `@username` for public channels and groups. */
export type ChatKey = number | string;

/**
 * Busy notices first (they say "ask again in a minute", so they must not wait minutes themselves), then
 * replies to people, then digests.
 */
export type Priority = 'notice' | 'reply' | 'digest';
const PRIORITIES: readonly Priority[] = ['notice', 'reply', 'digest'];

export interface OutboxLimits {
  /** Overall messages a second after a 429, and always for digests. Telegram says "about 30". */
  globalPerSecond: number;
  groupPerMinute: number;
  privatePerSecond: number;
  /** "typing" and other chat actions, on their own budget so they never slow answers down. */
  actionsPerSecond: number;
  /** Busy notices go first, but at most this many a second, so answers keep most of the capacity. */
  noticesPerSecond: number;
  /** Quiet time after a 429 (or the last raise) before the overall limit is raised by half. */
  relaxAfterMs: number;
  /** Raised past this, the overall limit is lifted until the next 429. */
  liftAbovePerSecond: number;
  /** A reply that waits longer than this gets one "typing". */
  typingAfterMs: number;
  /** Longest retry_after the queue pauses for; a longer one fails the message instead. */
  maxRetryAfterMs: number;
  /** 429s one message may get before it fails (each one also paused the whole queue). */
  maxRateLimitRetries: number;
  /** Network errors and 5xx: retries per message, first back-off, doubling up to the longest. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Requests to the Bot API at the same moment. */
  maxInFlight: number;
  /** The backlog the bot takes on: what it can send in this long at `globalPerSecond` (overload-gate.ts). */
  maxBacklogSeconds: number;
}

export const DEFAULT_OUTBOX_LIMITS: OutboxLimits = {
  globalPerSecond: 25,
  groupPerMinute: 20,
  privatePerSecond: 1,
  actionsPerSecond: 10,
  noticesPerSecond: 5,
  relaxAfterMs: 30_000,
  liftAbovePerSecond: 100,
  typingAfterMs: 3_000,
  maxRetryAfterMs: 30_000,
  maxRateLimitRetries: 5,
  maxRetries: DEFAULT_RETRY.maxRetries,
  baseDelayMs: DEFAULT_RETRY.baseDelayMs,
  maxDelayMs: DEFAULT_RETRY.maxDelayMs,
  maxInFlight: 64,
  maxBacklogSeconds: 300,
};

/** Telegram shows "typing" for 5 seconds or until the next message. */
const TYPING_SHOWS_MS = 5_000;

export interface OutboxClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const SYSTEM_CLOCK: OutboxClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface OutboxMessage<T> {
  chat: ChatKey;
  priority: Priority;
  /** For logs. */
  method: string;
  call: () => Promise<T>;
  /** Sends "typing" to the chat; given for replies someone is waiting for. */
  typing?: () => Promise<unknown>;
}

export interface OutboxStats {
  /** Messages queued or being sent. */
  queued: number;
  sent: number;
  failed: number;
  /** 429 answers received. */
  rateLimited: number;
  typingSent: number;
  /** The overall limit in messages a second, or null while there is none. */
  overallPerSecond: number | null;
}

interface Job {
  chat: ChatKey;
  priority: Priority;
  method: string;
  call: () => Promise<unknown>;
  typing?: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
  enqueuedAt: number;
  state: 'waiting' | 'sending' | 'done';
  /** Back-off after a network error or 5xx. */
  notBefore: number;
  failures: number;
  rateLimited: number;
}

interface Lane {
  chat: ChatKey;
  bucket: TokenBucket;
  jobs: Job[];
  sending: boolean;
  typedAt: number;
}

interface Action {
  call: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/** Groups and channels have negative ids (or an @username); users' private chats are positive. */
export function isGroupChat(chat: ChatKey): boolean {
  return typeof chat === 'number' ? chat < 0 : chat.startsWith('@');
}

export class Outbox {
  readonly limits: OutboxLimits;
  private readonly clock: OutboxClock;
  private readonly logger: Logger;
  /** Every chat with queued messages, or whose bucket has not refilled yet. */
  private readonly lanes = new Map<ChatKey, Lane>();
  /** Lanes whose head message may be sent, per priority, in the order they became ready. */
  private ready: Record<Priority, Map<ChatKey, Lane>> = { notice: new Map(), reply: new Map(), digest: new Map() };
  /** Lanes with nothing queued, oldest first, kept until their bucket is full again. */
  private readonly idle = new Map<ChatKey, Lane>();
  private overall: TokenBucket | null = null;
  private overallSince = 0;
  /** Per-priority budgets: digests are bulk sending, notices must leave room for answers. */
  private readonly budgets: Partial<Record<Priority, TokenBucket>>;
  private readonly actionBudget: TokenBucket;
  private readonly actions: Action[] = [];
  /** Replies waiting for their typing deadline, in queue order; `watchHead` is the first not yet due. */
  private typingWatch: Job[] = [];
  private watchHead = 0;
  /** Replies past their typing deadline; served newest first. */
  private typingDue: Job[] = [];
  private pausedUntil = 0;
  private inFlight = 0;
  private timer: unknown = null;
  private readonly counts = { queued: 0, sent: 0, failed: 0, rateLimited: 0, typingSent: 0 };

  constructor(opts: { logger: Logger; limits?: Partial<OutboxLimits>; clock?: OutboxClock }) {
    this.limits = { ...DEFAULT_OUTBOX_LIMITS, ...opts.limits };
    this.clock = opts.clock ?? SYSTEM_CLOCK;
    this.logger = opts.logger;
    const now = this.clock.now();
    this.budgets = {
      notice: new TokenBucket(this.limits.noticesPerSecond, this.limits.noticesPerSecond, now),
      digest: new TokenBucket(this.limits.globalPerSecond, this.limits.globalPerSecond, now),
    };
    this.actionBudget = new TokenBucket(this.limits.actionsPerSecond, this.limits.actionsPerSecond, now);
  }

  /** Queues a message; settles with Telegram's answer once it has been sent (or finally refused). */
  send<T>(message: OutboxMessage<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const now = this.clock.now();
      const lane = this.laneFor(message.chat, now);
      const job: Job = {
        ...message,
        resolve: resolve as (value: unknown) => void,
        reject,
        enqueuedAt: now,
        state: 'waiting',
        notBefore: 0,
        failures: 0,
        rateLimited: 0,
      };
      lane.jobs.push(job);
      this.counts.queued++;
      if (lane.jobs.length === 1 && !lane.sending) this.ready[job.priority].set(lane.chat, lane);
      if (job.typing) this.typingWatch.push(job);
      this.pump();
    });
  }

  /** A chat action (sendChatAction) called directly: on the action budget, never retried. */
  action<T>(call: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.actions.push({ call, resolve: resolve as (value: unknown) => void, reject });
      this.pump();
    });
  }

  /** Most messages the bot takes on at once (see overload-gate.ts). */
  backlogLimit(): number {
    return Math.floor(this.limits.globalPerSecond * this.limits.maxBacklogSeconds);
  }

  /** Most messages one chat may have waiting: what its own limit sends in `maxBacklogSeconds`. */
  chatBacklogLimit(chat: ChatKey): number {
    const perSecond = isGroupChat(chat) ? this.limits.groupPerMinute / 60 : this.limits.privatePerSecond;
    return Math.max(1, Math.floor(perSecond * this.limits.maxBacklogSeconds));
  }

  stats(): OutboxStats {
    return { ...this.counts, overallPerSecond: this.overall?.perSecond ?? null };
  }

  private laneFor(chat: ChatKey, now: number): Lane {
    let lane = this.lanes.get(chat);
    if (lane) {
      this.idle.delete(chat);
      return lane;
    }
    const bucket = isGroupChat(chat)
      ? new TokenBucket(1, this.limits.groupPerMinute / 60, now)
      : new TokenBucket(1, this.limits.privatePerSecond, now);
    lane = { chat, bucket, jobs: [], sending: false, typedAt: -Infinity };
    this.lanes.set(chat, lane);
    return lane;
  }

  /** Sends whatever may go now, then sleeps until the next thing may. */
  private pump(): void {
    if (this.timer !== null) {
      this.clock.clearTimeout(this.timer);
      this.timer = null;
    }
    const now = this.clock.now();
    if (now < this.pausedUntil) return this.wakeIn(this.pausedUntil - now);
    this.relax(now);
    this.forgetIdleLanes(now);
    let wake = Infinity;
    while (this.inFlight < this.limits.maxInFlight) {
      const overallWait = this.overall?.waitMs(now) ?? 0;
      if (overallWait > 0) {
        if (PRIORITIES.some((p) => this.ready[p].size > 0)) wake = Math.min(wake, overallWait);
        break;
      }
      const { lane, waitMs } = this.pick(now);
      if (!lane) {
        wake = Math.min(wake, waitMs);
        break;
      }
      this.dispatch(lane, now);
    }
    // After the messages: a reply going out now needs no "typing".
    wake = Math.min(wake, this.sendActions(now));
    if (wake < Infinity) this.wakeIn(wake);
  }

  private wakeIn(ms: number): void {
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.pump();
    }, Math.max(1, ms));
  }

  /** The lane whose head goes next: by priority (within its budget), then the lane ready the longest. */
  private pick(now: number): { lane: Lane | null; waitMs: number } {
    let wait = Infinity;
    for (const priority of PRIORITIES) {
      const lanes = this.ready[priority];
      if (lanes.size === 0) continue;
      const budgetWait = this.budgets[priority]?.waitMs(now) ?? 0;
      if (budgetWait > 0) {
        wait = Math.min(wait, budgetWait);
        continue;
      }
      for (const lane of lanes.values()) {
        const w = Math.max(lane.bucket.waitMs(now), lane.jobs[0]!.notBefore - now);
        if (w <= 0) return { lane, waitMs: 0 };
        wait = Math.min(wait, w);
      }
    }
    return { lane: null, waitMs: wait };
  }

  private dispatch(lane: Lane, now: number): void {
    const job = lane.jobs[0]!;
    this.ready[job.priority].delete(lane.chat);
    lane.sending = true;
    job.state = 'sending';
    this.inFlight++;
    this.overall?.take(now);
    lane.bucket.take(now);
    this.budgets[job.priority]?.take(now);
    new Promise<unknown>((resolve) => resolve(job.call())).then(
      (result) => this.settle(lane, job, { ok: true, result }),
      (err: unknown) => this.settle(lane, job, { ok: false, err }),
    );
  }

  private settle(lane: Lane, job: Job, outcome: { ok: true; result: unknown } | { ok: false; err: unknown }): void {
    this.inFlight--;
    lane.sending = false;
    const now = this.clock.now();
    let again = false;
    if (outcome.ok) {
      this.finish(lane, job);
      this.counts.sent++;
      job.resolve(outcome.result);
    } else {
      again = this.shouldRetry(job, outcome.err, now);
      if (again) {
        job.state = 'waiting';
      } else {
        this.finish(lane, job);
        this.counts.failed++;
        job.reject(outcome.err);
      }
    }
    const head = lane.jobs[0];
    if (head) {
      // A message sent again keeps its chat's place at the front of the line.
      if (again) this.ready[head.priority] = new Map([[lane.chat, lane], ...this.ready[head.priority]]);
      else this.ready[head.priority].set(lane.chat, lane);
    } else {
      this.idle.set(lane.chat, lane);
    }
    this.pump();
  }

  private finish(lane: Lane, job: Job): void {
    lane.jobs.shift();
    job.state = 'done';
    this.counts.queued--;
  }

  /** True when the message stays at the head of its chat to be sent again. */
  private shouldRetry(job: Job, err: unknown, now: number): boolean {
    const code = err instanceof TelegramError ? err.code : (err as { code?: unknown } | null)?.code;
    if (err instanceof TelegramError && err.code === 429) {
      const ms = (err.parameters?.retry_after ?? 1) * 1000;
      this.rateLimited(now, ms);
      job.rateLimited++;
      // A wait longer than maxRetryAfterMs is a flood wait on one chat (a spammed group, say): that
      // message fails, and the rest of the bot is not held up for it.
      const again = ms <= this.limits.maxRetryAfterMs && job.rateLimited <= this.limits.maxRateLimitRetries;
      if (!again) this.logger.warn({ chat_id: job.chat, method: job.method, retry_after: ms / 1000, attempts: job.rateLimited }, 'telegram rate limit: giving up on this message');
      return again;
    }
    const delay = job.failures < this.limits.maxRetries ? retryDelay(err, job.failures, { ...DEFAULT_RETRY, ...this.limits }) : null;
    if (delay === null) return false;
    job.failures++;
    job.notBefore = now + delay;
    this.logger.warn({ chat_id: job.chat, method: job.method, attempt: job.failures, delay_ms: delay, code }, 'telegram call failed, retrying');
    return true;
  }

  /** A 429: the whole queue waits for it, then sends at the overall limit. */
  private rateLimited(now: number, ms: number): void {
    this.counts.rateLimited++;
    const until = ms <= this.limits.maxRetryAfterMs ? now + ms : 0;
    const limit = this.limits.globalPerSecond;
    // One line per pause: the other calls in flight when it began are refused too.
    const fields = { retry_after_ms: ms, queued: this.counts.queued, per_second: limit };
    if (now >= this.pausedUntil) this.logger.warn(fields, 'telegram rate limit: outgoing queue paused');
    else this.logger.debug(fields, 'telegram rate limit while paused');
    this.pausedUntil = Math.max(this.pausedUntil, until);
    if (this.overall?.perSecond !== limit) this.overall = new TokenBucket(limit, limit, now);
    this.overallSince = now;
  }

  /** After a quiet spell, raises the overall limit by half, and lifts it once it is high enough. */
  private relax(now: number): void {
    if (!this.overall || now - this.overallSince < this.limits.relaxAfterMs) return;
    const next = this.overall.perSecond * 1.5;
    this.overall = next > this.limits.liftAbovePerSecond ? null : new TokenBucket(next, next, now);
    this.overallSince = now;
    this.logger.info({ per_second: this.overall?.perSecond ?? null }, this.overall ? 'overall send limit raised' : 'overall send limit lifted');
  }

  private forgetIdleLanes(now: number): void {
    for (const [chat, lane] of this.idle) {
      if (!lane.bucket.isFull(now)) break;
      this.idle.delete(chat);
      this.lanes.delete(chat);
    }
  }

  /** Sends due chat actions on their own budget; returns how long until the next one may go. */
  private sendActions(now: number): number {
    const { typingAfterMs } = this.limits;
    for (; this.watchHead < this.typingWatch.length; this.watchHead++) {
      const job = this.typingWatch[this.watchHead]!;
      if (job.state === 'done') continue;
      if (job.enqueuedAt + typingAfterMs > now) break;
      if (job.state === 'waiting') this.typingDue.push(job);
    }
    if (this.watchHead > 1024 && this.watchHead * 2 > this.typingWatch.length) {
      this.typingWatch = this.typingWatch.slice(this.watchHead);
      this.watchHead = 0;
    }
    if (this.typingDue.length > 1024 && this.typingDue.length > 2 * this.counts.queued) {
      this.typingDue = this.typingDue.filter((job) => job.state === 'waiting');
    }
    let wake = Infinity;
    while (this.actions.length || this.typingDue.length) {
      const wait = this.actionBudget.waitMs(now);
      if (wait > 0) {
        wake = wait;
        break;
      }
      const action = this.actions.shift();
      if (action) {
        this.actionBudget.take(now);
        new Promise<unknown>((resolve) => resolve(action.call())).then(action.resolve, (err: unknown) => {
          this.onActionError(err);
          action.reject(err);
        });
        continue;
      }
      const job = this.typingDue.pop()!;
      const lane = this.lanes.get(job.chat);
      if (job.state !== 'waiting' || !lane || now - lane.typedAt < TYPING_SHOWS_MS) continue;
      lane.typedAt = now;
      this.actionBudget.take(now);
      this.counts.typingSent++;
      new Promise<unknown>((resolve) => resolve(job.typing!())).catch((err: unknown) => this.onActionError(err));
    }
    const next = this.typingWatch[this.watchHead];
    if (next) wake = Math.min(wake, next.enqueuedAt + typingAfterMs - now);
    return wake;
  }

  /** A chat action is a courtesy: its failure is logged, and a 429 still pauses everything. */
  private onActionError(err: unknown): void {
    if (err instanceof TelegramError && err.code === 429) {
      this.rateLimited(this.clock.now(), (err.parameters?.retry_after ?? 1) * 1000);
      this.pump();
      return;
    }
    this.logger.debug({ err }, 'chat action failed');
  }
}

/** Methods that put something in a chat; everything else (getMe, answerCallbackQuery, ...) is not queued. */
const SENDS = /^(send|copyMessage|forwardMessage|editMessage)/;

/**
 * A callApi that sends chat-bound calls through the outbox and everything else through `direct`.
 * `raw` is the transport underneath: the outbox does its own retrying.
 */
export function queuedCallApi(outbox: Outbox, raw: CallApi, direct: CallApi, priority: Priority): CallApi {
  return (method, payload, extra) => {
    const p = payload as { chat_id?: ChatKey; message_thread_id?: number };
    if (!SENDS.test(method) || p.chat_id === undefined) return direct(method, payload, extra);
    const chat = p.chat_id;
    if (method === 'sendChatAction') return outbox.action(() => raw(method, payload, extra));
    const thread = p.message_thread_id !== undefined ? { message_thread_id: p.message_thread_id } : {};
    return outbox.send({
      chat,
      priority,
      method,
      call: () => raw(method, payload, extra),
      // Only new messages someone waits for; an edit changes what is already on screen.
      typing: priority === 'reply' && method.startsWith('send') ? () => raw('sendChatAction', { chat_id: chat, action: 'typing', ...thread }) : undefined,
    });
  };
}
