import type { Knowledge } from '../core/knowledge.ts';
import { planDigest, remindDaysFor } from '../core/digest/compose-digest.ts';
import { parseDigestFilter } from '../core/digest/digest-filter.ts';
import { renderDigest } from '../core/digest/render-digest.ts';
import type { Logger } from '../logger.ts';
import { chatThread, type ChatThread, type DigestRecord, type Store, type Subscription, type ThreadRef } from '../store/store.ts';
import { isDue } from './due.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { classifySendError } from './send-errors.ts';

/*
 * Delivery order, and why a digest is neither lost nor (almost ever) sent twice:
 *
 *   1. compose, render, and record the digest as PENDING, with its rendered parts, before sending;
 *   2. send each part; after each acknowledgment, record the message ids sent so far;
 *   3. record the digest as SENT (with all message ids) right after the last acknowledgment;
 *   4. mark its articles announced for the chat;
 *   5. record the chat's last run.
 *
 * Killed before 2: the next run finds the pending record and sends it (same parts, same digest id).
 * Killed between 3 and 4: the next run finds a sent digest whose articles are not announced and only
 * marks them, sending nothing. Killed before 5: the chat is still due; the next run composes again and
 * finds nothing new. The one window for a duplicate is between Telegram's acknowledgment of a part and
 * the write recording it (step 2 or 3): a crash there, or a database write that fails there, makes the
 * next run send that part again. Telegram has no idempotency key for sendMessage, so no order of
 * writes closes that window; it lasts one database round trip.
 */

export interface SendExtra {
  parse_mode: 'HTML';
  link_preview_options: { is_disabled: true };
  /** The forum topic to post in; left out for the chat's main thread. */
  message_thread_id?: number;
}

/** `bot.telegram.sendMessage` fits; tests pass a fake. */
export type SendMessage = (chatId: number, html: string, extra: SendExtra) => Promise<{ message_id: number }>;

export const SEND_EXTRA: SendExtra = { parse_mode: 'HTML', link_preview_options: { is_disabled: true } };

/** The extra of a message to a thread: into the forum topic, or the chat's main thread (0). */
export function sendExtraFor(threadId: number): SendExtra {
  return threadId ? { ...SEND_EXTRA, message_thread_id: threadId } : SEND_EXTRA;
}

/** Digest id used when new articles hold no event: they are marked known without a message. */
export const QUIET_DIGEST_ID = 'quiet';
/**
 * Digest id used when nothing new passed the subscription's filter: the articles (and the reminders
 * it kept out) are recorded under it, skipped, so a filter widened later does not bring them back.
 */
export const FILTERED_DIGEST_ID = 'filtered';

export interface DeliverDeps {
  store: Store;
  getKnowledge: () => Knowledge;
  sendMessage: SendMessage;
  /** Paces sends; leave out when sendMessage is paced already (the bot's outgoing queue). */
  limiter?: RateLimiter;
  logger: Logger;
  now: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** How many 429 answers one message may get before the chat waits for the next run. */
  maxRateLimitRetries?: number;
  /** Runs in which Telegram rejects a digest for good (4xx) before it is recorded failed and let go. */
  maxDigestAttempts?: number;
}

export interface DeliveryReport {
  due: number;
  /** Chats another process was delivering to at the same moment. */
  busy: number;
  digestsSent: number;
  messagesSent: number;
  /** Subscriptions ended (bot blocked or kicked, chat gone, forum topic closed or deleted). */
  ended: number;
  /** Chats left for the next run after an error. */
  failed: number;
  /** Digests given up after Telegram rejected them maxDigestAttempts times. */
  digestsFailed: number;
}

type SendOutcome =
  | { kind: 'sent'; messageId: number; chatId: number }
  | { kind: 'gone'; reason: string; chatId: number }
  | { kind: 'topic-gone'; reason: string; chatId: number }
  | { kind: 'failed'; message: string; permanent: boolean };

type CompleteOutcome = { kind: 'done'; chatId: number } | { kind: 'gone' } | { kind: 'failed' };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends one message, waiting out 429s and following a group's move to a supergroup. */
async function sendPart(deps: DeliverDeps, chatId: number, threadId: number, html: string, log: Logger): Promise<SendOutcome> {
  const sleep = deps.sleep ?? defaultSleep;
  const maxRetries = deps.maxRateLimitRetries ?? 3;
  let target = chatId;
  let rateLimited = 0;
  let migrations = 0;
  for (;;) {
    await deps.limiter?.acquire(target);
    try {
      const message = await deps.sendMessage(target, html, sendExtraFor(threadId));
      return { kind: 'sent', messageId: message.message_id, chatId: target };
    } catch (err) {
      const failure = classifySendError(err);
      if (failure.kind === 'retry-after' && rateLimited < maxRetries) {
        rateLimited++;
        log.warn({ chatId: target, retryAfter: failure.seconds }, 'telegram rate limit, waiting');
        await sleep(failure.seconds * 1000);
        continue;
      }
      if (failure.kind === 'migrated' && migrations < 2) {
        migrations++;
        log.info({ chatId: target, newChatId: failure.newChatId }, 'group moved to a supergroup, following it');
        await deps.store.migrateChat(target, failure.newChatId);
        target = failure.newChatId;
        continue;
      }
      if (failure.kind === 'chat-gone') return { kind: 'gone', reason: failure.reason, chatId: target };
      if (failure.kind === 'topic-gone') {
        // Only a message sent into a topic can miss its topic; anything else is a message Telegram will not take.
        return threadId ? { kind: 'topic-gone', reason: failure.reason, chatId: target } : { kind: 'failed', message: failure.reason, permanent: true };
      }
      return { kind: 'failed', message: 'message' in failure ? failure.message : failure.kind, permanent: failure.kind === 'rejected' };
    }
  }
}

/**
 * A digest Telegram rejects (400 "can't parse entities") would stay pending for ever and hold back
 * every later digest of the chat. Each rejecting run is counted; at maxDigestAttempts the digest is
 * recorded failed and its articles announced, so the chat moves on. True when it was given up.
 */
async function giveUpIfRejectedTooOften(deps: DeliverDeps, record: DigestRecord, error: string, report: DeliveryReport, log: Logger): Promise<boolean> {
  const max = deps.maxDigestAttempts ?? 3;
  const attempts = await deps.store.recordDigestAttempt(record.chatId, record.digestId, error);
  if (attempts < max) {
    log.warn({ chatId: record.chatId, digestId: record.digestId, error, attempts, maxAttempts: max }, 'Telegram rejected the digest, next run tries again');
    return false;
  }
  await deps.store.markDigestFailed(record.chatId, record.digestId, record.messageIds, error);
  await deps.store.markArticlesAnnounced({ chatId: record.chatId, threadId: record.threadId }, record.articleIds, record.digestId, deps.now());
  report.digestsFailed++;
  log.error(
    { chatId: record.chatId, digestId: record.digestId, error, attempts, messagesSent: record.messageIds.length, articles: record.articleIds },
    'Telegram rejected the digest every time: recorded failed, its articles are let go',
  );
  return true;
}

/** Sends what is left of a recorded digest, then records it sent and its articles announced. */
async function completeDigest(deps: DeliverDeps, record: DigestRecord, report: DeliveryReport, log: Logger): Promise<CompleteOutcome> {
  let chatId = record.chatId;
  if (record.status === 'pending') {
    const messageIds = [...record.messageIds];
    for (let i = messageIds.length; i < record.parts.length; i++) {
      const outcome = await sendPart(deps, chatId, record.threadId, record.parts[i]!, log);
      if (outcome.kind === 'gone') {
        log.info({ chatId: outcome.chatId, reason: outcome.reason }, 'chat unreachable, ending its subscription');
        await deps.store.removeChat(outcome.chatId, outcome.reason, deps.now());
        report.ended++;
        return { kind: 'gone' };
      }
      if (outcome.kind === 'topic-gone') {
        // Once, not every run: the topic's subscription ends here; the chat's others go on.
        log.info({ chatId: outcome.chatId, threadId: record.threadId, reason: outcome.reason }, 'forum topic closed or deleted, ending its subscription');
        await deps.store.endSubscription({ chatId: outcome.chatId, threadId: record.threadId }, outcome.reason, deps.now());
        report.ended++;
        return { kind: 'gone' };
      }
      if (outcome.kind === 'failed') {
        if (outcome.permanent && (await giveUpIfRejectedTooOften(deps, { ...record, chatId, messageIds }, outcome.message, report, log))) return { kind: 'done', chatId };
        if (!outcome.permanent) log.warn({ chatId, digestId: record.digestId, error: outcome.message }, 'digest not sent, next run retries');
        report.failed++;
        return { kind: 'failed' };
      }
      chatId = outcome.chatId;
      messageIds.push(outcome.messageId);
      report.messagesSent++;
      // The duplicate window: Telegram has this part; until the next write lands, a crash resends it.
      if (i < record.parts.length - 1) await deps.store.recordDigestProgress(chatId, record.digestId, messageIds);
    }
    await deps.store.markDigestSent(chatId, record.digestId, messageIds, deps.now());
    report.digestsSent++;
    log.info({ chatId, digestId: record.digestId, messages: messageIds.length, articles: record.articleIds.length }, 'digest sent');
  }
  await deps.store.markArticlesAnnounced({ chatId, threadId: record.threadId }, record.articleIds, record.digestId, deps.now());
  return { kind: 'done', chatId };
}

/** Runs under the chat's lock: re-reads everything, since another process may have just finished. */
async function deliverToSubscription(deps: DeliverDeps, where: ChatThread, report: DeliveryReport): Promise<void> {
  const { threadId } = where;
  const log = deps.logger.child(threadId ? { chatId: where.chatId, threadId } : { chatId: where.chatId });
  const sub = await deps.store.getSubscription(where);
  const now = deps.now();
  if (!sub || !isDue(sub, now)) return;
  report.due++;

  let target = where.chatId;
  for (const unfinished of await deps.store.unfinishedDigests(where)) {
    const outcome = await completeDigest(deps, { ...unfinished, chatId: target }, report, log);
    if (outcome.kind !== 'done') return;
    target = outcome.chatId;
  }

  const knowledge = deps.getKnowledge();
  const announced = await deps.store.announcedArticleIds({ chatId: target, threadId });
  const filter = parseDigestFilter(sub.filters, knowledge);
  const plan = planDigest({ knowledge, chatId: target, threadId, announced, now, filter, options: { remindDaysAhead: remindDaysFor(sub.cadence) } });
  const { digest } = plan;
  if (digest) {
    const parts = renderDigest(digest, { language: sub.language });
    const record = await deps.store.recordDigestPending({
      chatId: target,
      threadId,
      digestId: digest.digestId,
      // Reminder ids ride with the articles: marked announced once sent, so a reminder goes out once;
      // so do the reminders the filter kept out, so that they stay out.
      articleIds: [...digest.articleIds, ...digest.reminderIds, ...digest.skippedReminderIds],
      parts,
      createdAt: now,
    });
    if (digest.filteredOut > 0) log.info({ digestId: digest.digestId, filteredOut: digest.filteredOut }, 'events kept out of the digest by the filter, recorded as skipped with it');
    const outcome = await completeDigest(deps, record, report, log);
    if (outcome.kind !== 'done') return;
    target = outcome.chatId;
  } else if (plan.quietIds.length > 0) {
    // Nothing to send: the new articles (and the reminders the filter kept out) are recorded as known.
    await deps.store.markArticlesAnnounced({ chatId: target, threadId }, plan.quietIds, plan.filteredOut > 0 ? FILTERED_DIGEST_ID : QUIET_DIGEST_ID, now);
    if (plan.filteredOut > 0) log.info({ filteredOut: plan.filteredOut, recorded: plan.quietIds.length }, 'nothing passed the filter: no digest, the events recorded as skipped');
  }
  await deps.store.setLastRun({ chatId: target, threadId }, now);
}

/**
 * Sends every due digest once. Safe to run in several processes at the same moment: each chat is
 * handled under one hold of its lock (all its subscriptions, one after the other, for a forum's
 * topics), and a chat whose lock is held elsewhere is skipped (the holder delivers all of them).
 */
export async function deliverDueDigests(deps: DeliverDeps): Promise<DeliveryReport> {
  const report: DeliveryReport = { due: 0, busy: 0, digestsSent: 0, messagesSent: 0, ended: 0, failed: 0, digestsFailed: 0 };
  const now = deps.now();
  const due = (await deps.store.listSubscriptions()).filter((sub) => isDue(sub, now));
  // A chat's subscriptions (its main thread and forum topics) are delivered under one hold of its
  // lock: a process that finds the lock held skips them all, and the holder delivers every one of
  // them. Taking the lock per subscription let two processes each skip a topic while the other held
  // the chat for another topic, and neither sent it.
  const byChat = new Map<number, typeof due>();
  for (const sub of due) byChat.set(sub.chatId, [...(byChat.get(sub.chatId) ?? []), sub]);
  for (const [chatId, subs] of byChat) {
    try {
      const result = await deps.store.withChatLock(chatId, async () => {
        for (const sub of subs) {
          try {
            await deliverToSubscription(deps, { chatId, threadId: sub.threadId }, report);
          } catch (err) {
            // One topic's database or network error must not stop the others; it stays due.
            report.failed++;
            deps.logger.error({ chatId, threadId: sub.threadId, err }, 'digest delivery failed');
          }
        }
      });
      if (!result.locked) report.busy += subs.length;
    } catch (err) {
      // One chat's database or network error must not stop the others; the chat stays due.
      report.failed++;
      deps.logger.error({ chatId, err }, 'digest delivery failed');
    }
  }
  deps.logger.info({ ...report }, 'digest run finished');
  return report;
}

/**
 * The digest a chat (or forum topic) would get now, rendered with its filters, without recording
 * anything (for /digest and --dry-run).
 */
export async function previewDigest(
  deps: { store: Store; knowledge: Knowledge; now: Date },
  where: ThreadRef,
  language: string,
  filters: readonly string[] = [],
): Promise<{ digestId: string; parts: string[] } | null> {
  const { chatId, threadId } = chatThread(where);
  const announced = await deps.store.announcedArticleIds({ chatId, threadId });
  const filter = parseDigestFilter(filters, deps.knowledge);
  const { digest } = planDigest({ knowledge: deps.knowledge, chatId, threadId, announced, now: deps.now, filter });
  return digest ? { digestId: digest.digestId, parts: renderDigest(digest, { language }) } : null;
}

/** Due subscriptions and the digests they would get now; nothing is sent or recorded. */
export async function previewDueDigests(deps: { store: Store; knowledge: Knowledge; now: Date }): Promise<
  { subscription: Subscription; digest: { digestId: string; parts: string[] } | null }[]
> {
  const due = (await deps.store.listSubscriptions()).filter((sub) => isDue(sub, deps.now));
  return Promise.all(
    due.map(async (subscription) => ({
      subscription,
      digest: await previewDigest(deps, { chatId: subscription.chatId, threadId: subscription.threadId }, subscription.language, subscription.filters),
    })),
  );
}
