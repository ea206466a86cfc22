/** Questions: /ask, plain text in private chats, mentions and replies in groups, example buttons. */
import { Markup, type Telegraf } from 'telegraf';
import { PHRASES } from '../../core/lang/phrases.ts';
import { cachedSuggestionsIn } from '../../core/lang/localize-suggestions.ts';
import { replyLanguage } from '../../core/lang/reply-language.ts';
import type { Knowledge } from '../../core/knowledge.ts';
import type { Answer, Language } from '../../core/types.ts';
import { CALLBACK, type BotDeps } from '../bot-deps.ts';
import { escapeHtml } from '../html.ts';
import { formatAnswerHtml } from '../reply-format.ts';
import { replyHtml, replyTarget } from '../reply.ts';
import { logQuestion } from './editors.ts';
import { chatLanguage } from './language.ts';
import type { BotContext } from '../update-context.ts';

const EXAMPLE = 'Who is the Secretary General of TURKSOY?';

export const ANSWER_FAILED = 'Sorry, something went wrong while looking for the answer. Please try again later.';

/** Why a question is not passed to the QA core, or null when it is fine. */
export function rejectQuestion(question: string, maxLength: number, viaAskCommand: boolean): string | null {
  if (!question.trim()) {
    return viaAskCommand
      ? `Write your question after the command, for example:\n<code>/ask ${escapeHtml(EXAMPLE)}</code>`
      : `Please write a question, for example: <i>${escapeHtml(EXAMPLE)}</i>`;
  }
  if (question.length > maxLength) {
    return `That message is too long (${question.length} characters). Please ask one question in under ${maxLength} characters.`;
  }
  return null;
}

/** The "Show paragraph" button for the answer's main source, when it names a sentence. */
function paragraphButton(answer: Answer, deps: BotDeps, language: Language) {
  const sentenceId = answer.found ? answer.sources.find((s) => s.sentenceId)?.sentenceId : undefined;
  if (!sentenceId) return undefined;
  return Markup.button.callback(PHRASES[language].showParagraph, deps.callbacks.encode(CALLBACK.paragraph, sentenceId));
}

/**
 * "I don't know" offers the core's example questions; in another language, each one the bot also
 * answers when asked in that language is offered that way (src/core/lang/localize-suggestions.ts).
 */
async function withLocalSuggestions(answer: Answer, language: Language, knowledge: Knowledge, deps: BotDeps): Promise<Answer> {
  if (answer.found || language === 'en' || !answer.suggestions?.length) return answer;
  const suggestions = await cachedSuggestionsIn(knowledge, answer.suggestions, language, async (q) => (await deps.answer(knowledge, q)).found);
  return { ...answer, suggestions };
}

export async function answerAndReply(ctx: BotContext, question: string, deps: BotDeps, opts: { viaAskCommand?: boolean } = {}): Promise<void> {
  const log = ctx.log;
  const replyTo = replyTarget(ctx);
  const text = question.trim();
  const rejection = rejectQuestion(text, deps.maxQuestionLength, opts.viaAskCommand ?? false);
  if (rejection) {
    log.info({ length: text.length }, 'question rejected');
    await replyHtml(ctx, rejection, { replyTo });
    return;
  }
  // No "typing" here: answers take milliseconds. A reply that waits in the outgoing queue gets one
  // from there (outbox.ts), so a burst does not double the calls to Telegram.
  const started = Date.now();
  let answer: Answer;
  const knowledge = deps.getKnowledge();
  try {
    // The question is plain text: the reply echoes it as typed ("Is 5 < 6 & 7 > 3?"), escaped on
    // output. The core may normalize its own copy for analysis; that copy is not shown.
    answer = { ...(await deps.answer(knowledge, text)), question: text };
  } catch (err) {
    // The core promises not to throw; if it does anyway, the user still hears back.
    log.error({ err, ms: Date.now() - started }, 'answering failed');
    await replyHtml(ctx, ANSWER_FAILED, { replyTo });
    return;
  }
  // The chat's language, unless the question is clearly in another one the bot reads.
  const language = replyLanguage(text, (await chatLanguage(ctx, deps.chatLanguages)).language);
  log.info({ ms: Date.now() - started, found: answer.found, via: answer.via, kind: answer.kind, language }, 'answered');
  const feedback = deps.editors ? await logQuestion(ctx, text, answer, deps.editors, deps.callbacks) : undefined;
  const paragraph = paragraphButton(answer, deps, language);
  answer = await withLocalSuggestions(answer, language, knowledge, deps);
  const rows = [...(paragraph ? [[paragraph]] : []), ...(feedback ? [feedback] : [])];
  await replyHtml(ctx, formatAnswerHtml(answer, language), { replyTo, keyboard: rows.length ? Markup.inlineKeyboard(rows).reply_markup : undefined });
}

export function registerAsk(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command('ask', (ctx) => answerAndReply(ctx, ctx.payload, deps, { viaAskCommand: true }));
  bot.action(/^q[:#]/, async (ctx) => {
    const decoded = deps.callbacks.decode(ctx.match.input);
    if (!decoded || !('value' in decoded)) {
      await ctx.answerCbQuery('This button has expired. Please type your question.');
      return;
    }
    await ctx.answerCbQuery();
    await answerAndReply(ctx, decoded.value, deps);
  });
}
