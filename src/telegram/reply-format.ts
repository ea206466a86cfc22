/**
 * How answers, paragraphs, article lists and events look in Telegram (HTML parse mode). Every piece of
 * article or user text goes through escapeHtml; only b, i, a, code and blockquote tags are produced.
 */
import { localDate, PHRASES } from '../core/lang/phrases.ts';
import type { Answer, AnswerSource, Article, Fact, Language } from '../core/types.ts';
import { escapeHtml, link } from './html.ts';
import { localizedShort, renderAlternativeHtml, renderAnswerHtml, renderParagraphHtml, sourceLineHtml } from '../render/answer.ts';

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The article's source line, as under every answer. */
export const formatSourceLine = sourceLineHtml;

/**
 * The reply to a question, from the same view as the console and `ask` (src/render/answer.ts): found,
 * the core's headline in bold, the quote, the source line, then any conflicting sources each with its
 * own date; not found, a plain "I don't know" and what to ask instead.
 */
export const formatAnswerHtml = renderAnswerHtml;

/** One conflicting answer with its own quote, source and date (the name and date in `language`'s way). */
export function formatAlternativeHtml(alt: NonNullable<Answer['alternatives']>[number], language: Language = 'en', kind: Answer['kind'] = 'unknown'): string {
  return renderAlternativeHtml({ short: localizedShort(alt.short, kind, language), quote: alt.source.quote.trim(), source: alt.source }, language);
}

export function formatNotFoundHtml(answer: Pick<Answer, 'question' | 'suggestions' | 'language'>): string {
  return renderAnswerHtml({ ...answer, found: false, short: '', answer: '', sources: [], kind: 'unknown', confidence: 0, via: 'none' });
}

/** Where an answer comes from, in one line of plain text: the description of an inline card. */
export function describeSource(source: AnswerSource | undefined, language: Language = 'en'): string {
  if (!source) return '';
  return `${source.publisher ?? `${PHRASES[language].article} ${source.id}`}, ${listDate(source.date, language)}`;
}

export function formatParagraphHtml(paragraph: string, article: Pick<Article, 'id' | 'publisher' | 'date' | 'url'>, language: Language = 'en'): string {
  return renderParagraphHtml(paragraph, article, language);
}

/** A date in a list (/events, /sources) the reader's way, without the numeric form answers add. */
export function listDate(iso: string | null, language: Language = 'en'): string {
  return localDate(iso, language, { numeric: false });
}

/** One line per article for /sources: publisher, date, then the title (or the id when untitled). */
export function formatArticleLine(article: Pick<Article, 'id' | 'publisher' | 'date' | 'title' | 'url'>, language: Language = 'en'): string {
  const who = article.publisher ? `${escapeHtml(article.publisher)}, ` : '';
  const title = article.title?.trim();
  const name = title ? link(article.url, truncate(title, 120)) : `<code>${escapeHtml(article.id)}</code>`;
  return `• ${who}${escapeHtml(listDate(article.date, language))}: ${name}`;
}

/** The event in words: subject, relation and object of the fact, and the place when not already said. */
export function describeEvent(fact: Fact): string {
  const text = [fact.subject, fact.relation, fact.object].map((s) => s.trim()).filter(Boolean).join(' ');
  const place = fact.qualifiers.place ?? fact.qualifiers.venue ?? fact.qualifiers.country;
  return place && !text.toLowerCase().includes(place.toLowerCase()) ? `${text}, ${place}` : text;
}

export function formatEventLine(fact: Fact, sourceLabel: string, language: Language = 'en'): string {
  const date = fact.qualifiers.date ?? null;
  return `• <b>${escapeHtml(listDate(date, language))}</b>: ${escapeHtml(describeEvent(fact))} <i>(${sourceLabel})</i>`;
}
