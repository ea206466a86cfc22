/**
 * Digest subscriptions: /subscribe, /unsubscribe, /settings, /digest, plus the service updates that
 * move (group -> supergroup) or end (bot kicked or blocked) a chat's subscription.
 * In groups only administrators change anything; anyone may look.
 */
import type { Context, Telegraf } from 'telegraf';
import { message } from 'telegraf/filters';
import { baselineArticleIds } from '../core/digest/compose-digest.ts';
import { DIGEST_LANGUAGES } from '../core/digest/render-digest.ts';
import type { Knowledge } from '../core/knowledge.ts';
import { previewDigest, SEND_EXTRA } from '../digest/deliver-digests.ts';
import { cronPatternFor, isValidTimeZone, WEEKLY_DAY } from '../digest/due.ts';
import type { Logger } from '../logger.ts';
import { isStoreUnavailable } from '../store/store-connection.ts';
import { CADENCES, type Cadence, type ChatSettings, type ChatType, type Store, type Subscription } from '../store/store.ts';
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

function describeSchedule(sub: Pick<Subscription, 'cadence' | 'hour' | 'timeZone'>): string {
  const time = `${String(sub.hour).padStart(2, '0')}:00 ${sub.timeZone}`;
  return sub.cadence === 'daily' ? `daily at ${time}` : `weekly, ${WEEKDAYS[WEEKLY_DAY]} at ${time}`;
}

function settingsText(sub: Subscription | null, settings: ChatSettings): string {
  const status = sub ? `Subscribed: ${describeSchedule(sub)}.` : 'Not subscribed. Use /subscribe daily or /subscribe weekly.';
  return [
    `<b>Digest settings</b>`,
    escapeHtml(status),
    escapeHtml(`Hour: ${settings.hour} · Time zone: ${settings.timeZone} · Language: ${settings.language}`),
    '',
    escapeHtml('Change with /settings hour 9, /settings tz Asia/Baku, /settings lang en'),
  ].join('\n');
}

async function reply(ctx: Context, html: string): Promise<void> {
  await ctx.reply(html, SEND_EXTRA);
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

type SettingChange = { ok: true; patch: Partial<ChatSettings> } | { ok: false; message: string };

export function parseSettingChange(args: string[]): SettingChange {
  const [key, value] = args;
  if (!key || value === undefined) return { ok: false, message: 'Use /settings hour 0-23, /settings tz Area/City or /settings lang ' + DIGEST_LANGUAGES.join('|') + '.' };
  switch (key.toLowerCase()) {
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
      return { ok: false, message: `There is no setting “${key}”. Settings: hour, tz, lang.` };
  }
}

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
    const arg = commandArgs(ctx.message.text)[0]?.toLowerCase() ?? 'weekly';
    if (!CADENCES.includes(arg as Cadence)) return reply(ctx, escapeHtml(`Use /subscribe daily or /subscribe weekly, not “${arg}”.`));
    const now = deps.now();
    const before = await store.getSubscription(ctx.chat.id);
    const announced = await store.announcedArticleIds(ctx.chat.id);
    const sub = await store.subscribe({ chatId: ctx.chat.id, chatType, cadence: arg as Cadence, now });
    // A chat that never had a digest starts from the recent articles, not the whole archive.
    if (announced.size === 0) await store.markArticlesAnnounced(ctx.chat.id, baselineArticleIds(deps.getKnowledge(), now), 'baseline', now);
    logFor(ctx).info({ cadence: sub.cadence, renewed: Boolean(before), pattern: cronPatternFor(sub) }, 'chat subscribed');
    await reply(ctx, escapeHtml(`Subscribed: event digest ${describeSchedule(sub)}. /settings changes the hour and time zone; /digest shows what is new now; /unsubscribe stops it.`));
  }));

  bot.command('unsubscribe', orUnavailable(async (ctx) => {
    if (!(await mayChangeSubscription(ctx))) return reply(ctx, escapeHtml(REFUSAL));
    const sub = await store.getSubscription(ctx.chat.id);
    if (!sub) return reply(ctx, escapeHtml('This chat is not subscribed to digests.'));
    await store.removeChat(ctx.chat.id, 'unsubscribed', deps.now());
    logFor(ctx).info({}, 'chat unsubscribed');
    await reply(ctx, escapeHtml('Unsubscribed: no more digests here. /subscribe brings them back.'));
  }));

  bot.command('settings', orUnavailable(async (ctx) => {
    const args = commandArgs(ctx.message.text);
    if (args.length > 0) {
      if (!(await mayChangeSubscription(ctx))) return reply(ctx, escapeHtml(REFUSAL));
      const change = parseSettingChange(args);
      if (!change.ok) return reply(ctx, escapeHtml(change.message));
      await store.updateChatSettings(ctx.chat.id, change.patch, deps.now());
      logFor(ctx).info({ change: change.patch }, 'chat settings changed');
    }
    const [sub, settings] = await Promise.all([store.getSubscription(ctx.chat.id), store.getChatSettings(ctx.chat.id)]);
    await reply(ctx, settingsText(sub, settings));
  }));

  // Shows the digest as it stands, marking nothing: the scheduled one still carries the same events.
  bot.command('digest', orUnavailable(async (ctx) => {
    const settings = await store.getChatSettings(ctx.chat.id);
    const preview = await previewDigest({ store, knowledge: deps.getKnowledge(), now: deps.now() }, ctx.chat.id, settings.language);
    if (!preview) return reply(ctx, escapeHtml('Nothing new since the last digest.'));
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
        logFor(ctx).info({ status }, 'bot removed from chat, subscription ended');
      }
    }),
  );
}
