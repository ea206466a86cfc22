/**
 * How answers, paragraphs, article lists and events look in Telegram (HTML parse mode). Every piece of
 * article or user text goes through escapeHtml; only b, i, a, code and blockquote tags are produced.
 */
import type { Answer, AnswerSource, Article, Fact } from '../core/types.ts';
import { humanDate } from '../core/text.ts';
import { escapeHtml, link } from './html.ts';
import { dontKnowIn } from '../core/lang/phrases.ts';

/** How much of a question is echoed back when there is no answer. */
const ECHO_LIMIT = 200;

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** `— Publisher, 14 November 2025 (article <code>ID</code>)`; undated articles say so. */
export function formatSourceLine(source: Pick<AnswerSource, 'id' | 'publisher' | 'date' | 'url'>): string {
  const who = source.publisher ? `${escapeHtml(source.publisher)}, ` : '';
  const article = source.url ? link(source.url, `article ${source.id}`) : `article <code>${escapeHtml(source.id)}</code>`;
  return `— ${who}${humanDate(source.date)} (${article})`;
}

function quoteBlock(text: string): string {
  return `<blockquote>${escapeHtml(text.trim())}</blockquote>`;
}

/** First non-empty line of the plain answer, when the core gave no short form. */
function headline(answer: Answer): string {
  const short = answer.short.trim() || answer.answer.split('\n').find((l) => l.trim()) || '';
  return short.trim();
}

/**
 * The reply to a question. Found: the direct answer in bold, the quote, the source line, then any
 * conflicting sources each with its own date. Not found: a plain "I don't know" and what to ask instead.
 */
export function formatAnswerHtml(answer: Answer): string {
  if (!answer.found) return formatNotFoundHtml(answer);
  const lines: string[] = [`<b>${escapeHtml(headline(answer))}</b>`];
  // Sources that disagree are the answer: each with its own quote and date, newest first, and nothing
  // listed twice ("Also in" would pair an article with a figure it does not give).
  if (answer.alternatives && answer.alternatives.length > 1) {
    lines.push('<i>The sources differ (newest first):</i>');
    for (const alt of answer.alternatives) lines.push(formatAlternativeHtml(alt));
    return lines.join('\n');
  }
  const [main, ...more] = answer.sources;
  if (main) {
    if (main.quote.trim()) lines.push(quoteBlock(main.quote));
    lines.push(formatSourceLine(main));
  }
  const others = more.filter((s) => s.id !== main?.id).slice(0, 3);
  if (others.length) lines.push('', `Also in: ${others.map((s) => formatSourceLine(s).replace(/^— /, '')).join('; ')}`);
  return lines.join('\n');
}

/** One conflicting answer with its own quote, source and date. */
export function formatAlternativeHtml(alt: NonNullable<Answer['alternatives']>[number]): string {
  const lines = [`<b>${escapeHtml(alt.short)}</b>`];
  if (alt.source.quote.trim()) lines.push(quoteBlock(alt.source.quote));
  lines.push(formatSourceLine(alt.source));
  return lines.join('\n');
}

export function formatNotFoundHtml(answer: Pick<Answer, 'question' | 'suggestions' | 'language'>): string {
  const question = answer.question.trim();
  const lines = [
    // A question in another language is told so in that language first (the articles are English).
    ...(answer.language && answer.language !== 'en' ? [escapeHtml(dontKnowIn(answer.language))] : []),
    question
      ? `I don't know. The articles I have do not answer “${escapeHtml(truncate(question, ECHO_LIMIT))}”.`
      : "I don't know.",
  ];
  if (answer.suggestions?.length) {
    lines.push('', 'You could ask, for example:');
    for (const s of answer.suggestions.slice(0, 5)) lines.push(`• ${escapeHtml(s)}`);
  }
  return lines.join('\n');
}

/** Where an answer comes from, in one line of plain text: the description of an inline card. */
export function describeSource(source: AnswerSource | undefined): string {
  if (!source) return '';
  return `${source.publisher ?? `article ${source.id}`}, ${humanDate(source.date)}`;
}

export function formatParagraphHtml(paragraph: string, article: Pick<Article, 'id' | 'publisher' | 'date' | 'url'>): string {
  return `${quoteBlock(paragraph)}\n${formatSourceLine(article)}`;
}

/** One line per article for /sources: publisher, date, then the title (or the id when untitled). */
export function formatArticleLine(article: Pick<Article, 'id' | 'publisher' | 'date' | 'title' | 'url'>): string {
  const who = article.publisher ? `${escapeHtml(article.publisher)}, ` : '';
  const title = article.title?.trim();
  const name = title ? link(article.url, truncate(title, 120)) : `<code>${escapeHtml(article.id)}</code>`;
  return `• ${who}${humanDate(article.date)}: ${name}`;
}

/** The event in words: subject, relation and object of the fact, and the place when not already said. */
export function describeEvent(fact: Fact): string {
  const text = [fact.subject, fact.relation, fact.object].map((s) => s.trim()).filter(Boolean).join(' ');
  const place = fact.qualifiers.place ?? fact.qualifiers.venue ?? fact.qualifiers.country;
  return place && !text.toLowerCase().includes(place.toLowerCase()) ? `${text}, ${place}` : text;
}

export function formatEventLine(fact: Fact, sourceLabel: string): string {
  const date = fact.qualifiers.date ?? null;
  return `• <b>${humanDate(date)}</b>: ${escapeHtml(describeEvent(fact))} <i>(${sourceLabel})</i>`;
}
