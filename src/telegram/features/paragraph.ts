/** The "Show paragraph" button: the whole paragraph around the quoted sentence, with its source. */
import type { Telegraf } from 'telegraf';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import { paragraphOf } from '../../core/knowledge.ts';
import { LANGUAGES, PHRASES } from '../../core/lang/phrases.ts';
import type { Language } from '../../core/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { formatParagraphHtml } from '../reply-format.ts';
import { replyHtml } from '../reply.ts';
import type { BotContext } from '../update-context.ts';
import { chatLanguage } from './language.ts';

/** Alerts on a button press hold about 200 characters. */
const ALERT_LIMIT = 200;

/**
 * The language of the answer the pressed button sits under, read from the button's own label: a
 * Turkish question in a Russian chat got a Turkish answer, and its paragraph should be framed in
 * Turkish too. Null when Telegram does not send the message (inline cards, very old messages).
 */
export function languageOfPressedButton(ctx: BotContext): Language | null {
  const query = ctx.callbackQuery;
  if (!query || !('data' in query) || !query.message || !('reply_markup' in query.message)) return null;
  const markup = query.message.reply_markup as InlineKeyboardMarkup | undefined;
  const button = markup?.inline_keyboard.flat().find((b) => 'callback_data' in b && b.callback_data === query.data);
  return LANGUAGES.find((l) => PHRASES[l].showParagraph === button?.text) ?? null;
}

export function registerParagraph(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.action(/^p[:#]/, async (ctx) => {
    const language = languageOfPressedButton(ctx) ?? (await chatLanguage(ctx, deps.chatLanguages)).language;
    const p = PHRASES[language];
    const decoded = deps.callbacks.decode(ctx.match.input);
    if (!decoded || !('value' in decoded)) {
      await ctx.answerCbQuery(p.buttonExpired);
      return;
    }
    const knowledge = deps.getKnowledge();
    const paragraph = paragraphOf(knowledge, decoded.value);
    const article = knowledge.articles.get(knowledge.sentences.get(decoded.value)?.articleId ?? '');
    if (paragraph === null || !article) {
      ctx.log.info({ sentence_id: decoded.value }, 'paragraph not found');
      await ctx.answerCbQuery(p.paragraphGone);
      return;
    }
    if (!ctx.chat) {
      // A card shared through inline mode has no chat to reply in: show what fits in an alert.
      const text = paragraph.length > ALERT_LIMIT ? `${paragraph.slice(0, ALERT_LIMIT - 1)}…` : paragraph;
      await ctx.answerCbQuery(text, { show_alert: true });
      return;
    }
    await ctx.answerCbQuery();
    await replyHtml(ctx, formatParagraphHtml(paragraph, article, language));
  });
}
