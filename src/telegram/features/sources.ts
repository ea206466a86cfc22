/** /sources: the articles the answers come from, newest first. */
import type { Telegraf } from 'telegraf';
import type { Knowledge } from '../../core/knowledge.ts';
import { LIST_PHRASES } from '../../core/lang/phrases.ts';
import type { Language } from '../../core/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { formatArticleLine } from '../reply-format.ts';
import { replyHtml, replyTarget } from '../reply.ts';
import { escapeHtml } from '../html.ts';
import type { BotContext } from '../update-context.ts';
import { chatLanguage } from './language.ts';

/** A long corpus would be a wall of messages; the newest ones tell the user what the bot covers. */
export const SOURCES_SHOWN = 30;

/** The frame (heading, counts, dates) in `language`; titles stay as the articles give them. */
export function sourcesText(knowledge: Knowledge, max = SOURCES_SHOWN, language: Language = 'en'): string {
  const l = LIST_PHRASES[language];
  const articles = [...knowledge.articles.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  if (!articles.length) return escapeHtml(l.noArticles);
  const lines = [`<b>${escapeHtml(l.sources)}</b> ${escapeHtml(l.sourcesCount(articles.length, articles.length > max ? max : null))}:`];
  for (const a of articles.slice(0, max)) lines.push(formatArticleLine(a, language));
  if (articles.length > max) lines.push(escapeHtml(l.more(articles.length - max)));
  return lines.join('\n');
}

export function registerSources(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command('sources', async (ctx) => {
    const { language } = await chatLanguage(ctx, deps.chatLanguages);
    await replyHtml(ctx, sourcesText(deps.getKnowledge(), SOURCES_SHOWN, language), { replyTo: replyTarget(ctx) });
  });
}
