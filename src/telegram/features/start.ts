/** /start, /help and /about: what the bot knows and how to ask. */
import { Markup, type Telegraf } from 'telegraf';
import type { Knowledge } from '../../core/knowledge.ts';
import { humanDate } from '../../core/text.ts';
import { CALLBACK, type BotDeps } from '../bot-deps.ts';
import { exampleQuestions } from '../example-questions.ts';
import { replyHtml, replyTarget } from '../reply.ts';
import type { BotContext } from '../update-context.ts';

/** Number of articles and facts, and the span of their dates. */
export function knowledgeSummary(knowledge: Knowledge): string {
  const dates = [...knowledge.articles.values()].map((a) => a.date).filter((d): d is string => !!d).sort();
  const span = dates.length ? ` dated ${humanDate(dates[0]!)} to ${humanDate(dates[dates.length - 1]!)}` : '';
  return `${knowledge.articles.size} news articles${span}, with ${knowledge.facts.length} facts drawn from them`;
}

export function startText(knowledge: Knowledge): string {
  return [
    '<b>Turkic culture bot</b>',
    `I answer questions about cultural cooperation among the Turkic states from ${knowledgeSummary(knowledge)}.`,
    'Every answer quotes its source and date. Ask in your own words, or try one of these:',
  ].join('\n');
}

const HELP_ASK = [
  '<b>How to ask</b>',
  'Write a question in plain words, for example <i>Who is the Secretary General of TURKSOY?</i>',
  'I answer from news articles only, with the quote, the publisher and the date. If the articles do not say, I tell you so.',
  '',
  '<b>Commands</b>',
  '/ask <i>question</i>: ask a question (the way to ask in groups)',
  '/sources: the articles I know',
  '/events: recent and upcoming events',
  '/language [en|ru|kk|tr|az|uz]: the language I reply in here (ask in Russian, Kazakh, Turkish, Azerbaijani or Uzbek, and I reply in it)',
  '/about: where the answers come from',
  '/help: this message',
];

/** The digest commands, worded for where they are read: in a group only admins may change them. */
function helpDigest(inGroup: boolean): string[] {
  return [
    inGroup ? '<b>Event digest for this group</b> (admins subscribe and change it)' : '<b>Event digest</b>',
    '/subscribe [daily|weekly] [filters]: new events from the articles, and what is coming up (<code>/subscribe weekly film festival</code>)',
    '/settings: cadence, hour, time zone, language, filters (<code>/settings hour 9</code>, <code>/settings tz Asia/Baku</code>, <code>/settings filter Kazakhstan, TURKSOY</code>)',
    '/unsubscribe: stop the digest',
    '/digest: the digest as it stands now',
    ...(inGroup ? ['In a forum group, each topic may have its own digest: send /subscribe in that topic.'] : []),
  ];
}

const HELP_WHERE = [
  '<b>In groups</b> I answer only /ask, a message that mentions me, or a reply to one of my messages.',
  '<b>Anywhere</b>: type my @username and a question in any chat to share an answer card.',
];

/** /help: how to ask, the digest commands (first in a group, where they are what an admin looks for). */
export function helpText(chatType: string | undefined): string {
  const inGroup = chatType === 'group' || chatType === 'supergroup';
  return [...HELP_ASK, '', ...helpDigest(inGroup), '', ...HELP_WHERE].join('\n');
}

export function aboutText(knowledge: Knowledge): string {
  return [
    '<b>About</b>',
    `My knowledge: ${knowledgeSummary(knowledge)}.`,
    'Answers come from facts extracted from the articles (who holds which post, which events took place where and when), or else from the sentence that best matches your question. Nothing is made up: each answer carries its quote, publisher and date, and when sources disagree you see each of them.',
    `Index version: <code>${knowledge.inputHash.slice(0, 12) || 'unknown'}</code>`,
  ].join('\n');
}

export function registerStart(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.start(async (ctx) => {
    const knowledge = deps.getKnowledge();
    const buttons = exampleQuestions(knowledge).map((q) => [Markup.button.callback(q, deps.callbacks.encode(CALLBACK.question, q))]);
    await replyHtml(ctx, startText(knowledge), { keyboard: Markup.inlineKeyboard(buttons).reply_markup, replyTo: replyTarget(ctx) });
  });
  bot.help((ctx) => replyHtml(ctx, helpText(ctx.chat?.type), { replyTo: replyTarget(ctx) }));
  bot.command('about', (ctx) => replyHtml(ctx, aboutText(deps.getKnowledge()), { replyTo: replyTarget(ctx) }));
}
