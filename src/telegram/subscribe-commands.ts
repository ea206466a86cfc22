/**
 * Digest subscriptions: /subscribe, /unsubscribe, /settings, /digest, plus the service updates that
 * move (group -> supergroup) or end (bot kicked or blocked) a chat's subscription.
 * In groups only administrators change anything; anyone may look.
 *
 * In a forum group each topic is a place of its own: a command sent in a topic acts on that topic's
 * subscription (its digests go into the topic), one sent in the General topic on the chat's main one.
 * Each has its own cadence, filters, hour and time zone; the language is the chat's.
 */
import type { Context, Telegraf } from 'telegraf';
import { message } from 'telegraf/filters';
import { baselineArticleIds } from '../core/digest/compose-digest.ts';
import { describeFilter, MAX_FILTER_CLAUSE_CHARS, MAX_FILTER_CLAUSES, parseDigestFilter, splitFilterText } from '../core/digest/digest-filter.ts';
import { DIGEST_LANGUAGES } from '../core/digest/render-digest.ts';
import type { Knowledge } from '../core/knowledge.ts';
import { previewDigest, sendExtraFor } from '../digest/deliver-digests.ts';
import { cronPatternFor, isValidTimeZone, WEEKLY_DAY } from '../digest/due.ts';
import type { Logger } from '../logger.ts';
import { isStoreUnavailable } from '../store/store-connection.ts';
import { CADENCES, MAIN_THREAD, type Cadence, type ChatSettings, type ChatThread, type ChatType, type Store, type Subscription } from '../store/store.ts';
import { escapeHtml } from './html.ts';
import type { BotContext } from './update-context.ts';

export interface SubscriptionCommandDeps {
  store: Store;
  getKnowledge: () => Knowledge;
  logger: Logger;
  now: () => Date;
}

/** Telegram's user id for "the group itself" when an anonymous administrator writes. */
const GROUP_ANONYMOUS_BOT_ID = 1087968824;
const ADMIN_STATUSES = new Set(['creator', 'administrator']);
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Words after the command: `/settings@my_bot tz Asia/Baku` -> ['tz', 'Asia/Baku']. */
export function commandArgs(text: string): string[] {
  return text.trim().split(/\s+/).slice(1);
}

/**
 * The forum topic a command was sent in, or MAIN_THREAD: the General topic, and every chat that is not
 * a forum (a reply thread in an ordinary group is not a topic).
 */
export function threadOf(ctx: Context): number {
  const msg = ctx.message as { is_topic_message?: boolean; message_thread_id?: number } | undefined;
  return msg?.is_topic_message && msg.message_thread_id ? msg.message_thread_id : MAIN_THREAD;
}

function describeSchedule(sub: Pick<Subscription, 'cadence' | 'hour' | 'timeZone'>): string {
  const time = `${String(sub.hour).padStart(2, '0')}:00 ${sub.timeZone}`;
  return sub.cadence === 'daily' ? `daily at ${time}` : `weekly, ${WEEKDAYS[WEEKLY_DAY]} at ${time}`;
}

function settingsText(sub: Subscription | null, settings: ChatSettings, threadId: number, filterText: string | null): string {
  const status = sub ? `Subscribed: ${describeSchedule(sub)}.` : 'Not subscribed. Use /subscribe daily or /subscribe weekly.';
  // A topic's subscription may have its own hour and time zone; the language is always the chat's.
  const when = sub ?? settings;
  return [
    threadId ? `<b>Digest settings of this topic</b>` : `<b>Digest settings</b>`,
    escapeHtml(status),
    escapeHtml(`Hour: ${when.hour} · Time zone: ${when.timeZone} · Language: ${settings.language}`),
    ...(sub ? [escapeHtml(filterText ? `Filters: ${filterText} (an event passes when it matches one of them)` : 'Filters: none, every event')] : []),
    '',
    escapeHtml('Change with /settings hour 9, /settings tz Asia/Baku, /settings lang en, /settings filter Kazakhstan, festival (/settings filter off clears it)'),
  ].join('\n');
}

/** Replies where the command was sent: into its forum topic, if any. */
async function reply(ctx: Context, html: string): Promise<void> {
  await ctx.reply(html, sendExtraFor(threadOf(ctx)));
}

/** Private chats: the user decides. Groups: only the creator and administrators (anonymous ones too). */
export async function mayChangeSubscription(ctx: Context): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat || chat.type === 'private') return true;
  const msg = ctx.message as { sender_chat?: { id: number } } | undefined;
  if (ctx.from?.id === GROUP_ANONYMOUS_BOT_ID && msg?.sender_chat?.id === chat.id) return true;
  if (!ctx.from) return false;
  const member = await ctx.getChatMember(ctx.from.id);
  return ADMIN_STATUSES.has(member.status);
}

const REFUSAL = 'Sorry, only the group’s administrators can change its digest subscription.';
export const SUBSCRIPTIONS_UNAVAILABLE = 'Subscriptions are briefly unavailable: I cannot reach my database right now. Please try again in a few minutes; questions still work.';

/** A settings change: the chat's settings, or the subscription's filter (its text, or null to clear it). */
type SettingChange = { ok: true; patch: Partial<ChatSettings> } | { ok: true; filter: string | null } | { ok: false; message: string };

export function parseSettingChange(args: string[]): SettingChange {
  const [key, value] = args;
  if (!key || value === undefined) {
    return { ok: false, message: `Use /settings hour 0-23, /settings tz Area/City, /settings lang ${DIGEST_LANGUAGES.join('|')} or /settings filter Kazakhstan, festival (off clears it).` };
  }
  switch (key.toLowerCase()) {
    case 'filter':
    case 'filters': {
      const text = args.slice(1).join(' ').trim();
      return /^(?:off|none|clear|all)$/i.test(text) ? { ok: true, filter: null } : { ok: true, filter: text };
    }
    case 'hour': {
      const hour = Number(value);
      return /^\d{1,2}$/.test(value) && hour >= 0 && hour <= 23 ? { ok: true, patch: { hour } } : { ok: false, message: `The hour must be a whole number from 0 to 23, not “${value}”.` };
    }
    case 'tz':
    case 'timezone':
      return isValidTimeZone(value) ? { ok: true, patch: { timeZone: value } } : { ok: false, message: `“${value}” is not a time zone I know. Try Asia/Baku, Europe/Istanbul or UTC.` };
    case 'lang':
    case 'language': {
      const lang = value.toLowerCase();
      return DIGEST_LANGUAGES.includes(lang) ? { ok: true, patch: { language: lang } } : { ok: false, message: `Languages: ${DIGEST_LANGUAGES.join(', ')}.` };
    }
    default:
      return { ok: false, message: `There is no setting “${key}”. Settings: hour, tz, lang, filter.` };
  }
}

/**
 * The clauses of a filter text, once the bot can read each one; otherwise what to tell the user.
 * The clauses are stored as written (and read again at each digest), so a better reader later reads
 * them better.
 */
export function readFilterText(text: string, knowledge: Knowledge): { ok: true; clauses: string[]; description: string } | { ok: false; message: string } {
  const clauses = splitFilterText(text);
  if (clauses.length === 0) return { ok: false, message: 'Name what to keep, for example /settings filter Kazakhstan, TURKSOY or /subscribe weekly film festival.' };
  if (clauses.length > MAX_FILTER_CLAUSES) return { ok: false, message: `At most ${MAX_FILTER_CLAUSES} filters, separated by commas.` };
  const long = clauses.find((c) => c.length > MAX_FILTER_CLAUSE_CHARS);
  if (long) return { ok: false, message: `A filter is a few words, at most ${MAX_FILTER_CLAUSE_CHARS} characters; separate several with commas.` };
  const filter = parseDigestFilter(clauses, knowledge);
  const unread = filter.clauses.find((c) => c.terms.length === 0);
  if (unread) {
    return { ok: false, message: `I cannot filter on “${unread.text}”: name a country, an organization, a kind of event (festival, summit, forum, exhibition …) or a word the articles use.` };
  }
  return { ok: true, clauses, description: describeFilter(filter) };
}

const here = (threadId: number): string => (threadId ? 'in this topic' : 'in this chat');

export function registerSubscriptionCommands(bot: Telegraf<BotContext>, deps: SubscriptionCommandDeps): void {
  const { store } = deps;
  const logFor = (ctx: Context) => deps.logger.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id });
  // The database down (at start-up, or gone since): the user hears so instead of silence.
  const orUnavailable =
    <C extends Context>(handler: (ctx: C) => Promise<unknown>) =>
    async (ctx: C): Promise<void> => {
      try {
        await handler(ctx);
      } catch (err) {
        if (!isStoreUnavailable(err)) throw err;
        logFor(ctx).warn({ err: (err as Error).message }, 'subscription command while the database is unavailable');
        await reply(ctx, escapeHtml(SUBSCRIPTIONS_UNAVAILABLE));
      }
    };
  // Service updates have no one to tell; a missed one heals itself (the next digest to the chat meets
  // the same migration or 403 and records it then).
  const orLogged =
    <C extends Context>(handler: (ctx: C) => Promise<unknown>) =>
    async (ctx: C, next: () => Promise<void>): Promise<void> => {
      try {
        await handler(ctx);
      } catch (err) {
        if (!isStoreUnavailable(err)) throw err;
        logFor(ctx).warn({ err: (err as Error).message }, 'chat change not recorded: the database is unavailable');
      }
      return next();
    };

  bot.command('subscribe', orUnavailable(async (ctx) => {
    const chatType = ctx.chat.type as ChatType;
    if (chatType === 'channel') return;
    if (!(await mayChangeSubscription(ctx))) return reply(ctx, escapeHtml(REFUSAL));
    const args = commandArgs(ctx.message.text);
    const arg = args[0]?.toLowerCase() ?? 'weekly';
    // The cadence comes first, so that a misspelt one is not taken for a filter that never matches.
    if (!CADENCES.includes(arg as Cadence)) return reply(ctx, escapeHtml(`Use /subscribe daily or /subscribe weekly, not “${arg}”. Filters follow the cadence: /subscribe weekly film festival.`));
    const knowledge = deps.getKnowledge();
    let filters: string[] | undefined;
    if (args.length > 1) {
      const read = readFilterText(args.slice(1).join(' '), knowledge);
      if (!read.ok) return reply(ctx, escapeHtml(read.message));
      filters = read.clauses;
    }
    const where: ChatThread = { chatId: ctx.chat.id, threadId: threadOf(ctx) };
    const now = deps.now();
    const before = await store.getSubscription(where);
    const announced = await store.announcedArticleIds(where);
    const sub = await store.subscribe({ ...where, chatType, cadence: arg as Cadence, filters, now });
    // A subscription that never had a digest starts from the recent articles, not the whole archive.
    if (announced.size === 0) await store.markArticlesAnnounced(where, baselineArticleIds(knowledge, now), 'baseline', now);
    logFor(ctx).info({ threadId: where.threadId, cadence: sub.cadence, filters: sub.filters, renewed: Boolean(before), pattern: cronPatternFor(sub) }, 'chat subscribed');
    const filterText = sub.filters.length ? ` Only events about: ${describeFilter(parseDigestFilter(sub.filters, knowledge))}.` : '';
    await reply(
      ctx,
      escapeHtml(
        `Subscribed${where.threadId ? ' in this topic' : ''}: event digest ${describeSchedule(sub)}.${filterText} /settings changes the hour, time zone and filters; /digest shows what is new now; /unsubscribe stops it.`,
      ),
    );
  }));

  bot.command('unsubscribe', orUnavailable(async (ctx) => {
    if (!(await mayChangeSubscription(ctx))) return reply(ctx, escapeHtml(REFUSAL));
    const where: ChatThread = { chatId: ctx.chat.id, threadId: threadOf(ctx) };
    const sub = await store.getSubscription(where);
    if (!sub) return reply(ctx, escapeHtml(where.threadId ? 'This topic is not subscribed to digests.' : 'This chat is not subscribed to digests.'));
    await store.endSubscription(where, 'unsubscribed', deps.now());
    logFor(ctx).info({ threadId: where.threadId }, 'chat unsubscribed');
    await reply(ctx, escapeHtml(`Unsubscribed: no more digests ${where.threadId ? 'in this topic' : 'here'}. /subscribe brings them back.`));
  }));

  bot.command('settings', orUnavailable(async (ctx) => {
    const args = commandArgs(ctx.message.text);
    const where: ChatThread = { chatId: ctx.chat.id, threadId: threadOf(ctx) };
    if (args.length > 0) {
      if (!(await mayChangeSubscription(ctx))) return reply(ctx, escapeHtml(REFUSAL));
      const change = parseSettingChange(args);
      if (!change.ok) return reply(ctx, escapeHtml(change.message));
      if ('filter' in change) {
        // Filters belong to a subscription: there must be one here.
        if (!(await store.getSubscription(where))) return reply(ctx, escapeHtml(`There is no digest ${here(where.threadId)} to filter: /subscribe weekly Kazakhstan, festival starts one with a filter.`));
        let clauses: string[] = [];
        if (change.filter !== null) {
          const read = readFilterText(change.filter, deps.getKnowledge());
          if (!read.ok) return reply(ctx, escapeHtml(read.message));
          clauses = read.clauses;
        }
        await store.updateSubscription(where, { filters: clauses });
        logFor(ctx).info({ threadId: where.threadId, filters: clauses }, 'digest filters changed');
      } else if (where.threadId && (change.patch.hour !== undefined || change.patch.timeZone !== undefined)) {
        // A topic's hour and time zone are its subscription's own; the main thread's are the chat's.
        const updated = await store.updateSubscription(where, { hour: change.patch.hour, timeZone: change.patch.timeZone });
        if (!updated) return reply(ctx, escapeHtml('There is no digest in this topic yet: /subscribe here first, then set its hour and time zone.'));
        logFor(ctx).info({ threadId: where.threadId, change: change.patch }, 'topic digest schedule changed');
      } else {
        await store.updateChatSettings(ctx.chat.id, change.patch, deps.now());
        logFor(ctx).info({ change: change.patch }, 'chat settings changed');
      }
    }
    const [sub, settings] = await Promise.all([store.getSubscription(where), store.getChatSettings(ctx.chat.id)]);
    const filterText = sub?.filters.length ? describeFilter(parseDigestFilter(sub.filters, deps.getKnowledge())) : null;
    await reply(ctx, settingsText(sub, settings, where.threadId, filterText));
  }));

  // Shows the digest as it stands, marking nothing: the scheduled one still carries the same events.
  bot.command('digest', orUnavailable(async (ctx) => {
    const where: ChatThread = { chatId: ctx.chat.id, threadId: threadOf(ctx) };
    const [sub, settings] = await Promise.all([store.getSubscription(where), store.getChatSettings(ctx.chat.id)]);
    const preview = await previewDigest({ store, knowledge: deps.getKnowledge(), now: deps.now() }, where, settings.language, sub?.filters ?? []);
    if (!preview) return reply(ctx, escapeHtml(sub?.filters.length ? 'Nothing new that passes the filters since the last digest.' : 'Nothing new since the last digest.'));
    for (const part of preview.parts) await reply(ctx, part);
  }));

  bot.on(
    message('migrate_to_chat_id'),
    orLogged(async (ctx) => {
      await store.migrateChat(ctx.chat.id, ctx.message.migrate_to_chat_id);
      logFor(ctx).info({ newChatId: ctx.message.migrate_to_chat_id }, 'group became a supergroup, subscription moved');
    }),
  );

  bot.on(
    'my_chat_member',
    orLogged(async (ctx) => {
      const status = ctx.myChatMember.new_chat_member.status;
      if (status === 'kicked' || status === 'left') {
        await store.removeChat(ctx.chat.id, `bot ${status}`, deps.now());
        logFor(ctx).info({ status }, 'bot removed from chat, its subscriptions ended');
      }
    }),
  );
}
