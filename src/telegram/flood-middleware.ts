/**
 * Applies the flood limits: per user, to messages addressed to the bot, button presses and inline
 * queries; per group chat, to the same in that group, so a busy group cannot make the bot answer
 * without bound. Each limit warns once, politely, then drops quietly until its window has room.
 */
import type { Context, MiddlewareFn } from 'telegraf';
import type { Logger } from '../logger.ts';
import { routeMessage } from './addressing.ts';
import { DEFAULT_CHAT_FLOOD_LIMIT, FloodGate, type FloodLimit, type FloodVerdict } from './flood-guard.ts';
import type { BotContext } from './update-context.ts';

export const FLOOD_WARNING = 'You are sending messages faster than I can answer. Please wait half a minute, then ask again.';
export const CHAT_FLOOD_WARNING = 'This group is asking faster than I can answer. Please wait a minute, then ask again.';
/** An inline query's notice is the button over the (empty) results: at most 64 characters. */
export const INLINE_FLOOD_NOTICE = 'Too many questions at once: please wait half a minute';

const isGroup = (ctx: Context) => ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';

export function floodLimit(limit: FloodLimit, now: () => Date, logger: Logger, chatLimit: FloodLimit = DEFAULT_CHAT_FLOOD_LIMIT): MiddlewareFn<BotContext> {
  const users = new FloodGate(limit);
  const chats = new FloodGate(chatLimit);
  return async (ctx, next) => {
    const userId = ctx.from?.id;
    // Group chatter the bot ignores anyway must not use up anyone's allowance.
    const counted =
      userId !== undefined &&
      (ctx.callbackQuery !== undefined ||
        ctx.inlineQuery !== undefined ||
        (ctx.message !== undefined && routeMessage(ctx.message, { id: ctx.botInfo.id, username: ctx.botInfo.username }).kind !== 'ignore'));
    if (!counted) return next();
    const nowMs = now().getTime();
    let verdict: FloodVerdict = users.check(userId, nowMs);
    let warning = FLOOD_WARNING;
    if (verdict === 'ok' && isGroup(ctx)) {
      verdict = chats.check(ctx.chat!.id, nowMs);
      warning = CHAT_FLOOD_WARNING;
    }
    if (verdict === 'ok') return next();
    ctx.log.info({ user_id: userId, verdict, limit: warning === FLOOD_WARNING ? 'user' : 'chat' }, 'flood limit');
    if (ctx.inlineQuery) {
      // An inline query must be answered, or the user's client keeps waiting; never cached.
      await ctx.answerInlineQuery([], { cache_time: 0, is_personal: true, ...(verdict === 'warn' ? { button: { text: INLINE_FLOOD_NOTICE, start_parameter: 'inline' } } : {}) });
    } else if (verdict === 'warn') {
      if (ctx.callbackQuery) await ctx.answerCbQuery(warning);
      else await ctx.reply(warning);
    } else if (ctx.callbackQuery) {
      // A pressed button spins until answered; end it quietly.
      await ctx.answerCbQuery();
    }
  };
}
