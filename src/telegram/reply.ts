/** Sending HTML replies: split under Telegram's limit, buttons on the last part only. */
import type { Context } from 'telegraf';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import { splitHtml } from './html.ts';

export interface HtmlReplyOptions {
  keyboard?: InlineKeyboardMarkup;
  /** In groups the reply quotes the asker's message, so the thread stays readable. */
  replyTo?: number;
}

export async function replyHtml(ctx: Context, html: string, opts: HtmlReplyOptions = {}): Promise<void> {
  const parts = splitHtml(html);
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    await ctx.reply(part, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(last && opts.keyboard ? { reply_markup: opts.keyboard } : {}),
      ...(i === 0 && opts.replyTo !== undefined ? { reply_parameters: { message_id: opts.replyTo, allow_sending_without_reply: true } } : {}),
    });
  }
}

/** Replies to the triggering message in groups, plainly in private chats. */
export function replyTarget(ctx: Context): number | undefined {
  if (ctx.chat?.type === 'private' || !ctx.message) return undefined;
  return ctx.message.message_id;
}
