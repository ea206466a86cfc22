/** The "Show paragraph" button: the whole paragraph around the quoted sentence, with its source. */
import type { Telegraf } from 'telegraf';
import { paragraphOf } from '../../core/knowledge.ts';
import { CALLBACK, type BotDeps } from '../bot-deps.ts';
import { formatParagraphHtml } from '../reply-format.ts';
import { replyHtml } from '../reply.ts';
import type { BotContext } from '../update-context.ts';

/** Alerts on a button press hold about 200 characters. */
const ALERT_LIMIT = 200;

export function registerParagraph(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.action(/^p[:#]/, async (ctx) => {
    const decoded = deps.callbacks.decode(ctx.match.input);
    if (!decoded || !('value' in decoded)) {
      await ctx.answerCbQuery('This button has expired. Please ask again.');
      return;
    }
    const knowledge = deps.getKnowledge();
    const paragraph = paragraphOf(knowledge, decoded.value);
    const article = knowledge.articles.get(knowledge.sentences.get(decoded.value)?.articleId ?? '');
    if (paragraph === null || !article) {
      ctx.log.info({ sentence_id: decoded.value }, 'paragraph not found');
      await ctx.answerCbQuery('That paragraph is no longer in my articles.');
      return;
    }
    if (!ctx.chat) {
      // A card shared through inline mode has no chat to reply in: show what fits in an alert.
      const text = paragraph.length > ALERT_LIMIT ? `${paragraph.slice(0, ALERT_LIMIT - 1)}…` : paragraph;
      await ctx.answerCbQuery(text, { show_alert: true });
      return;
    }
    await ctx.answerCbQuery();
    await replyHtml(ctx, formatParagraphHtml(paragraph, article));
  });
}
