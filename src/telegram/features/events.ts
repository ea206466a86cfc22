/** /events: upcoming events (soonest first) and recent ones (newest first), from the event facts. */
import type { Telegraf } from 'telegraf';
import { eventFacts, type Knowledge } from '../../core/knowledge.ts';
import { LIST_PHRASES, PHRASES } from '../../core/lang/phrases.ts';
import type { Fact, Language } from '../../core/types.ts';
import { upcomingEvents, type UpcomingEvent } from '../../core/digest/upcoming-events.ts';
import type { BotDeps } from '../bot-deps.ts';
import { escapeHtml } from '../html.ts';
import { formatEventLine, listDate } from '../reply-format.ts';
import { replyHtml, replyTarget } from '../reply.ts';
import type { BotContext } from '../update-context.ts';
import { chatLanguage } from './language.ts';

export const EVENTS_SHOWN = 10;

function articleLabel(knowledge: Knowledge, articleId: string, language: Language): string {
  const article = knowledge.articles.get(articleId);
  return escapeHtml([article?.publisher, `${PHRASES[language].article} ${articleId}`].filter(Boolean).join(', '));
}

function sourceLabel(knowledge: Knowledge, fact: Fact, language: Language): string {
  const src = fact.sources[0];
  return src ? articleLabel(knowledge, src.articleId, language) : escapeHtml(LIST_PHRASES[language].noSource);
}

/** An upcoming event: a fact as before; an announcement sentence by its name and place. */
function upcomingLine(knowledge: Knowledge, e: UpcomingEvent, language: Language): string {
  if (e.fact) return formatEventLine(e.fact, sourceLabel(knowledge, e.fact, language), language);
  const what = e.place && !e.name.includes(e.place) ? `${e.name}, ${e.place}` : e.name;
  return `• <b>${escapeHtml(listDate(e.date, language))}</b>: ${escapeHtml(what)} <i>(${articleLabel(knowledge, e.articleId, language)})</i>`;
}

/** The frame (headings, dates, "article") in `language`; what the events are stays as the articles say it. */
export function eventsText(knowledge: Knowledge, now: Date, max = EVENTS_SHOWN, language: Language = 'en'): string {
  const l = LIST_PHRASES[language];
  const today = now.toISOString().slice(0, 10);
  const dated = eventFacts(knowledge).filter((f) => f.qualifiers.date);
  const line = (f: Fact) => formatEventLine(f, sourceLabel(knowledge, f, language), language);
  // Today's events, then what lies ahead: event facts and "will be held ... on <date>" announcements.
  const todays = dated.filter((f) => f.qualifiers.date === today).map(line);
  const upcoming = [...todays, ...upcomingEvents(knowledge, now).map((e) => upcomingLine(knowledge, e, language))].slice(0, max);
  const recent = dated.filter((f) => f.qualifiers.date! < today).slice(0, max);
  if (!upcoming.length && !recent.length) return escapeHtml(l.noEvents);
  const lines: string[] = [];
  if (upcoming.length) lines.push(`<b>${escapeHtml(l.upcoming)}</b>`, ...upcoming);
  if (recent.length) {
    if (lines.length) lines.push('');
    lines.push(`<b>${escapeHtml(l.recent)}</b>`, ...recent.map(line));
  }
  return lines.join('\n');
}

export function registerEvents(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command('events', async (ctx) => {
    const { language } = await chatLanguage(ctx, deps.chatLanguages);
    await replyHtml(ctx, eventsText(deps.getKnowledge(), deps.now(), EVENTS_SHOWN, language), { replyTo: replyTarget(ctx) });
  });
}
