/**
 * Inline mode (`@bot question` in any chat): answer cards to share. Answers depend on the question
 * only, so Telegram may cache them for everyone (is_personal false).
 */
import type { Telegraf } from 'telegraf';
import type { InlineQueryResultArticle } from 'telegraf/types';
import { PHRASES } from '../../core/lang/phrases.ts';
import type { Answer } from '../../core/types.ts';
import { localizedShort } from '../../render/answer.ts';
import { stableHash } from '../../core/text.ts';
import type { BotDeps } from '../bot-deps.ts';
import { escapeHtml, splitHtml } from '../html.ts';
import { describeSource, formatAlternativeHtml, formatAnswerHtml } from '../reply-format.ts';
import type { BotContext } from '../update-context.ts';

export const INLINE_CACHE_SECONDS = 300;

function card(id: string, title: string, description: string, html: string): InlineQueryResultArticle {
  return {
    type: 'article',
    id,
    title,
    description,
    input_message_content: {
      // A card is one message: the first part is the whole answer but for the rarest of quotes.
      message_text: splitHtml(html)[0] ?? escapeHtml(title),
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    },
  };
}

/**
 * The answer card, then one card per conflicting source so the user can share the one they mean. No
 * chat here: the cards are in the question's language (titles, dates, frame), as the core read it.
 */
export function inlineResults(answer: Answer): InlineQueryResultArticle[] {
  if (!answer.found) return [];
  const language = answer.language ?? 'en';
  const id = stableHash(answer.question);
  const title = localizedShort(answer.short, answer.kind, language) || answer.answer.split('\n')[0] || PHRASES[language].answer;
  const results = [card(`a${id}`, title, describeSource(answer.sources[0], language), formatAnswerHtml(answer, language))];
  for (const [i, alt] of (answer.alternatives ?? []).slice(0, 5).entries()) {
    results.push(card(`a${id}_${i}`, localizedShort(alt.short, answer.kind, language), describeSource(alt.source, language), formatAlternativeHtml(alt, language, answer.kind)));
  }
  return results;
}

export function registerInline(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.on('inline_query', async (ctx) => {
    const question = ctx.inlineQuery.query.trim();
    const log = ctx.log;
    if (!question) {
      await ctx.answerInlineQuery([], { cache_time: INLINE_CACHE_SECONDS, is_personal: false, button: { text: 'Type a question about Turkic culture', start_parameter: 'inline' } });
      return;
    }
    const started = Date.now();
    const answer = question.length > deps.maxQuestionLength ? null : await deps.answer(deps.getKnowledge(), question);
    const results = answer ? inlineResults(answer) : [];
    log.info({ ms: Date.now() - started, found: answer?.found ?? false, results: results.length }, 'inline answered');
    await ctx.answerInlineQuery(results, {
      cache_time: INLINE_CACHE_SECONDS,
      is_personal: false,
      ...(results.length ? {} : { button: { text: 'No answer found. Ask me in private', start_parameter: 'inline' } }),
    });
  });
}
