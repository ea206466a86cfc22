/** /sources: the articles the answers come from, newest first. */
import type { Telegraf } from 'telegraf';
import type { Knowledge } from '../../core/knowledge.ts';
import type { BotDeps } from '../bot-deps.ts';
import { formatArticleLine } from '../reply-format.ts';
import { replyHtml, replyTarget } from '../reply.ts';
import type { BotContext } from '../update-context.ts';

/** A long corpus would be a wall of messages; the newest ones tell the user what the bot covers. */
export const SOURCES_SHOWN = 30;

export function sourcesText(knowledge: Knowledge, max = SOURCES_SHOWN): string {
  const articles = [...knowledge.articles.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  if (!articles.length) return 'I have no articles loaded yet.';
  const lines = [`<b>My sources</b> (${articles.length} articles${articles.length > max ? `, newest ${max} shown` : ''}):`];
  for (const a of articles.slice(0, max)) lines.push(formatArticleLine(a));
  if (articles.length > max) lines.push(`…and ${articles.length - max} more.`);
  return lines.join('\n');
}

export function registerSources(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command('sources', (ctx) => replyHtml(ctx, sourcesText(deps.getKnowledge()), { replyTo: replyTarget(ctx) }));
}
