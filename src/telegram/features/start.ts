/** /start, /help and /about: what the bot knows and how to ask. */
import { Markup, type Telegraf } from 'telegraf';
import type { Knowledge } from '../../core/knowledge.ts';
import { cachedSuggestionsIn } from '../../core/lang/localize-suggestions.ts';
import { HELP_PHRASES, LANGUAGES, localDate, type HelpPhrases } from '../../core/lang/phrases.ts';
import { humanDate } from '../../core/text.ts';
import type { Language } from '../../core/types.ts';
import { CALLBACK, type BotDeps } from '../bot-deps.ts';
import { exampleQuestions } from '../example-questions.ts';
import { escapeHtml } from '../html.ts';
import { replyHtml, replyTarget } from '../reply.ts';
import type { BotContext } from '../update-context.ts';
import { AUTO_LANGUAGE, chatLanguage } from './language.ts';

/** Number of articles and facts, and the span of their dates. */
export function knowledgeSummary(knowledge: Knowledge): string {
  const dates = [...knowledge.articles.values()].map((a) => a.date).filter((d): d is string => !!d).sort();
  const span = dates.length ? ` dated ${humanDate(dates[0]!)} to ${humanDate(dates[dates.length - 1]!)}` : '';
  return `${knowledge.articles.size} news articles${span}, with ${knowledge.facts.length} facts drawn from them`;
}

function dateSpan(knowledge: Knowledge, language: Language): { from: string; to: string } | null {
  const dates = [...knowledge.articles.values()].map((a) => a.date).filter((d): d is string => !!d).sort();
  return dates.length ? { from: localDate(dates[0]!, language, { numeric: false }), to: localDate(dates[dates.length - 1]!, language, { numeric: false }) } : null;
}

/** /start's text in the chat's language (src/core/lang/phrases.ts, HELP_PHRASES). */
export function startText(knowledge: Knowledge, language: Language = 'en'): string {
  const h = HELP_PHRASES[language];
  return [`<b>${escapeHtml(h.title)}</b>`, escapeHtml(h.intro(knowledge.articles.size, knowledge.facts.length, dateSpan(knowledge, language))), escapeHtml(h.tryThese)].join('\n');
}

const command = (name: string, what: string, args = '') => `/${name}${args}: ${escapeHtml(what)}`;

function helpAsk(h: HelpPhrases): string[] {
  return [
    `<b>${escapeHtml(h.howToAsk)}</b>`,
    `${escapeHtml(h.askPlain)} <i>${escapeHtml(h.example)}</i>`,
    escapeHtml(h.fromArticles),
    '',
    `<b>${escapeHtml(h.commands)}</b>`,
    command('ask', h.ask, ` <i>${escapeHtml(h.questionArg)}</i>`),
    command('sources', h.sources),
    command('events', h.events),
    command('language', h.language, ` [${[...LANGUAGES, AUTO_LANGUAGE].join('|')}]`),
    command('about', h.about),
    command('help', h.help),
  ];
}

/** The digest commands, worded for where they are read: in a group only admins may change them. */
function helpDigest(h: HelpPhrases, inGroup: boolean): string[] {
  return [
    inGroup ? `<b>${escapeHtml(h.digestGroup)}</b> ${escapeHtml(h.digestGroupNote)}` : `<b>${escapeHtml(h.digest)}</b>`,
    `${command('subscribe', h.subscribe, ` [daily|weekly] [${escapeHtml(h.filtersArg)}]`)} (<code>/subscribe weekly film festival</code>)`,
    `${command('settings', h.settings)} (<code>/settings hour 9</code>, <code>/settings tz Asia/Baku</code>, <code>/settings filter Kazakhstan, TURKSOY</code>)`,
    command('unsubscribe', h.unsubscribe),
    command('digest', h.digestNow),
    ...(inGroup ? [escapeHtml(h.forumTopics)] : []),
  ];
}

function helpWhere(h: HelpPhrases): string[] {
  return [`<b>${escapeHtml(h.inGroups[0])}</b>${escapeHtml(h.inGroups[1])}`, `<b>${escapeHtml(h.anywhere[0])}</b>${escapeHtml(h.anywhere[1])}`];
}

/** /help: how to ask, the digest commands (first in a group, where they are what an admin looks for). */
export function helpText(chatType: string | undefined, language: Language = 'en'): string {
  const inGroup = chatType === 'group' || chatType === 'supergroup';
  const h = HELP_PHRASES[language];
  return [...helpAsk(h), '', ...helpDigest(h, inGroup), '', ...helpWhere(h)].join('\n');
}

export function aboutText(knowledge: Knowledge): string {
  return [
    '<b>About</b>',
    `My knowledge: ${knowledgeSummary(knowledge)}.`,
    'Answers come from facts extracted from the articles (who holds which post, which events took place where and when), or else from the sentence that best matches your question. Nothing is made up: each answer carries its quote, publisher and date, and when sources disagree you see each of them.',
    `Index version: <code>${knowledge.inputHash.slice(0, 12) || 'unknown'}</code>`,
  ].join('\n');
}

/** Drawn before the unanswered ones are left out; three are shown. */
const EXAMPLE_CANDIDATES = 6;

export function registerStart(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.start(async (ctx) => {
    const knowledge = deps.getKnowledge();
    const { language } = await chatLanguage(ctx, deps.chatLanguages);
    // Buttons that the bot answers when pressed, in the chat's language where it answers them so: drawn
    // from facts, "What took place in Baku?" can still go unanswered.
    const examples = await cachedSuggestionsIn(knowledge, exampleQuestions(knowledge, EXAMPLE_CANDIDATES), language, async (q) => (await deps.answer(knowledge, q)).found, { checkEnglish: true, max: 3 });
    const buttons = examples.map((q) => [Markup.button.callback(q, deps.callbacks.encode(CALLBACK.question, q))]);
    await replyHtml(ctx, startText(knowledge, language), { keyboard: Markup.inlineKeyboard(buttons).reply_markup, replyTo: replyTarget(ctx) });
  });
  bot.help(async (ctx) => {
    const { language } = await chatLanguage(ctx, deps.chatLanguages);
    await replyHtml(ctx, helpText(ctx.chat?.type, language), { replyTo: replyTarget(ctx) });
  });
  bot.command('about', (ctx) => replyHtml(ctx, aboutText(deps.getKnowledge()), { replyTo: replyTarget(ctx) }));
}
