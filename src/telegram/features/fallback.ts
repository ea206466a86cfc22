/**
 * What no command handled: plain questions (private text, group mentions and replies), unknown
 * commands, and stickers or photos. Registered last, after the features' own commands.
 */
import type { Telegraf } from 'telegraf';
import { routeMessage } from '../addressing.ts';
import type { BotDeps } from '../bot-deps.ts';
import { escapeHtml } from '../html.ts';
import { replyHtml, replyTarget } from '../reply.ts';
import { answerAndReply } from './ask.ts';
import type { BotContext } from '../update-context.ts';

export const NON_TEXT_HINT = 'I can only read text. Please type your question, for example: <i>Who is the Secretary General of TURKSOY?</i>';

export function registerFallback(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.on('message', async (ctx) => {
    const route = routeMessage(ctx.message, { id: ctx.botInfo.id, username: ctx.botInfo.username });
    switch (route.kind) {
      case 'question':
        return answerAndReply(ctx, route.text, deps);
      case 'non-text':
        return replyHtml(ctx, NON_TEXT_HINT);
      case 'command':
        // In a group a bare /cmd may be meant for another bot; answer only /cmd@ThisBot.
        if (ctx.chat.type === 'private' || route.explicit) {
          return replyHtml(ctx, `I don't know the command /${escapeHtml(route.name)}. Send /help to see what I can do.`, { replyTo: replyTarget(ctx) });
        }
        return;
      case 'ignore':
        return;
    }
  });
}
