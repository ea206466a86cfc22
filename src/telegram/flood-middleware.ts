/** Applies the per-user flood limit to messages addressed to the bot and to button presses. */
import type { Context, MiddlewareFn } from 'telegraf';
import type { Logger } from '../logger.ts';
import { routeMessage } from './addressing.ts';
import { FloodGate, type FloodLimit } from './flood-guard.ts';
import { updateLog } from './update-context.ts';

export const FLOOD_WARNING = 'You are sending messages faster than I can answer. Please wait half a minute, then ask again.';

export function floodLimit(limit: FloodLimit, now: () => Date, logger: Logger): MiddlewareFn<Context> {
  const gate = new FloodGate(limit);
  return async (ctx, next) => {
    const userId = ctx.from?.id;
    // Group chatter the bot ignores anyway must not use up anyone's allowance.
    const counted =
      userId !== undefined &&
      (ctx.callbackQuery !== undefined ||
        (ctx.message !== undefined && routeMessage(ctx.message, { id: ctx.botInfo.id, username: ctx.botInfo.username }).kind !== 'ignore'));
    if (!counted) return next();
    const verdict = gate.check(userId, now().getTime());
    if (verdict === 'ok') return next();
    updateLog(ctx, logger).info({ user_id: userId, verdict }, 'flood limit');
    if (verdict === 'warn') {
      if (ctx.callbackQuery) await ctx.answerCbQuery(FLOOD_WARNING);
      else await ctx.reply(FLOOD_WARNING);
    } else if (ctx.callbackQuery) {
      // A pressed button spins until answered; end it quietly.
      await ctx.answerCbQuery();
    }
  };
}
