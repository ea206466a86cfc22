/** /events: upcoming events (soonest first) and recent ones (newest first), from the event facts. */
import type { Telegraf } from 'telegraf';
import { eventFacts, type Knowledge } from '../../core/knowledge.ts';
import type { Fact } from '../../core/types.ts';
import { humanDate } from '../../core/text.ts';
import { upcomingEvents, type UpcomingEvent } from '../../core/digest/upcoming-events.ts';
import type { BotDeps } from '../bot-deps.ts';
import { escapeHtml } from '../html.ts';
import { formatEventLine } from '../reply-format.ts';
import { replyHtml, replyTarget } from '../reply.ts';
import type { BotContext } from '../update-context.ts';

export const EVENTS_SHOWN = 10;

function articleLabel(knowledge: Knowledge, articleId: string): string {
  const article = knowledge.articles.get(articleId);
  return escapeHtml([article?.publisher, `article ${articleId}`].filter(Boolean).join(', '));
}

function sourceLabel(knowledge: Knowledge, fact: Fact): string {
  const src = fact.sources[0];
  return src ? articleLabel(knowledge, src.articleId) : 'no source';
}

/** An upcoming event: a fact as before; an announcement sentence by its name and place. */
function upcomingLine(knowledge: Knowledge, e: UpcomingEvent): string {
  if (e.fact) return formatEventLine(e.fact, sourceLabel(knowledge, e.fact));
  const what = e.place && !e.name.includes(e.place) ? `${e.name}, ${e.place}` : e.name;
  return `• <b>${humanDate(e.date)}</b>: ${escapeHtml(what)} <i>(${articleLabel(knowledge, e.articleId)})</i>`;
}

export function eventsText(knowledge: Knowledge, now: Date, max = EVENTS_SHOWN): string {
  const today = now.toISOString().slice(0, 10);
  const dated = eventFacts(knowledge).filter((f) => f.qualifiers.date);
  // Today's events, then what lies ahead: event facts and "will be held ... on <date>" announcements.
  const todays = dated.filter((f) => f.qualifiers.date === today).map((f) => formatEventLine(f, sourceLabel(knowledge, f)));
  const upcoming = [...todays, ...upcomingEvents(knowledge, now).map((e) => upcomingLine(knowledge, e))].slice(0, max);
  const recent = dated.filter((f) => f.qualifiers.date! < today).slice(0, max);
  if (!upcoming.length && !recent.length) return 'The articles mention no dated events.';
  const lines: string[] = [];
  if (upcoming.length) lines.push('<b>Upcoming</b>', ...upcoming);
  if (recent.length) {
    if (lines.length) lines.push('');
    lines.push('<b>Recent</b>', ...recent.map((f) => formatEventLine(f, sourceLabel(knowledge, f))));
  }
  return lines.join('\n');
}

export function registerEvents(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command('events', (ctx) => replyHtml(ctx, eventsText(deps.getKnowledge(), deps.now()), { replyTo: replyTarget(ctx) }));
}
