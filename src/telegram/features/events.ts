/** /events: upcoming events (soonest first) and recent ones (newest first), from the event facts. */
import type { Context, Telegraf } from 'telegraf';
import { eventFacts, type Knowledge } from '../../core/knowledge.ts';
import type { Fact } from '../../core/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { escapeHtml } from '../html.ts';
import { formatEventLine } from '../reply-format.ts';
import { replyHtml, replyTarget } from '../reply.ts';

export const EVENTS_SHOWN = 10;

function sourceLabel(knowledge: Knowledge, fact: Fact): string {
  const src = fact.sources[0];
  if (!src) return 'no source';
  const article = knowledge.articles.get(src.articleId);
  return escapeHtml([article?.publisher, `article ${src.articleId}`].filter(Boolean).join(', '));
}

export function eventsText(knowledge: Knowledge, now: Date, max = EVENTS_SHOWN): string {
  const today = now.toISOString().slice(0, 10);
  const dated = eventFacts(knowledge).filter((f) => f.qualifiers.date);
  const upcoming = dated.filter((f) => f.qualifiers.date! >= today).reverse().slice(0, max);
  const recent = dated.filter((f) => f.qualifiers.date! < today).slice(0, max);
  if (!upcoming.length && !recent.length) return 'The articles mention no dated events.';
  const lines: string[] = [];
  if (upcoming.length) lines.push('<b>Upcoming</b>', ...upcoming.map((f) => formatEventLine(f, sourceLabel(knowledge, f))));
  if (recent.length) {
    if (lines.length) lines.push('');
    lines.push('<b>Recent</b>', ...recent.map((f) => formatEventLine(f, sourceLabel(knowledge, f))));
  }
  return lines.join('\n');
}

export function registerEvents(bot: Telegraf<Context>, deps: BotDeps): void {
  bot.command('events', (ctx) => replyHtml(ctx, eventsText(deps.getKnowledge(), deps.now()), { replyTo: replyTarget(ctx) }));
}
