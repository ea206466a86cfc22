/**
 * One reply per answer, whatever the surface. `answerView` reads the structured Answer once (the
 * headline, the quote and its source, other sources, disagreeing sources, or "I don't know" with
 * suggestions); `renderAnswerText` (console chat, `ask`) and `renderAnswerHtml` (Telegram) only
 * dress that view. Before, `ask` printed the core's headline while Telegram showed the bare short
 * answer, and the two "I don't know" texts differed.
 */
import { dontKnowIn } from '../core/lang/phrases.ts';
import { humanDate } from '../core/text.ts';
import type { Answer, AnswerSource } from '../core/types.ts';
import { escapeHtml, link } from '../telegram/html.ts';

/** How much of a question is echoed back when there is no answer. */
const ECHO_LIMIT = 200;

type SourceRef = Pick<AnswerSource, 'id' | 'publisher' | 'date' | 'url'>;

export type AnswerView =
  | {
      found: true;
      /** The core's first line ("Korkut Ata … Festival: held in Turkistan, Kazakhstan, 12 September 2026."). */
      headline: string;
      /** Sources that disagree, each with its answer, quote and date, newest first; else empty. */
      alternatives: { short: string; quote: string; source: SourceRef }[];
      quote: string | null;
      source: SourceRef | null;
      alsoIn: SourceRef[];
    }
  | {
      found: false;
      /** "I don't know" in the asker's language, when not English (the articles are English). */
      languageNote: string | null;
      question: string;
      suggestions: string[];
    };

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The core composes its headline as the first line of `answer`; `short` is the fallback. */
function headlineOf(answer: Answer): string {
  const first = answer.answer.split('\n').find((l) => l.trim());
  return (first ?? answer.short).trim() || answer.short.trim();
}

export function answerView(answer: Answer): AnswerView {
  if (!answer.found) {
    return {
      found: false,
      languageNote: answer.language && answer.language !== 'en' ? dontKnowIn(answer.language) : null,
      question: truncate(answer.question.trim(), ECHO_LIMIT),
      suggestions: (answer.suggestions ?? []).slice(0, 5),
    };
  }
  const alternatives = answer.alternatives && answer.alternatives.length > 1 ? answer.alternatives.map((a) => ({ short: a.short, quote: a.source.quote.trim(), source: a.source })) : [];
  const [main, ...more] = answer.sources;
  return {
    found: true,
    headline: headlineOf(answer),
    alternatives,
    quote: main?.quote.trim() || null,
    source: main ?? null,
    alsoIn: more.filter((s) => s.id !== main?.id).slice(0, 3),
  };
}

const NOT_FOUND = "I don't know.";
const notFoundLine = (question: string, q: (s: string) => string) => (question ? `I don't know. The articles I have do not answer “${q(question)}”.` : NOT_FOUND);
const SUGGEST = 'You could ask, for example:';
const DIFFER = 'The sources differ (newest first):';

// ---- plain text ------------------------------------------------------------------------------------

/** `— Publisher, 14 November 2025, article ID` (the `ask` contract); undated articles say so; a URL follows. */
export function sourceLineText(s: SourceRef): string {
  const who = s.publisher ? `${s.publisher}, ` : '';
  return `— ${who}${humanDate(s.date)}, article ${s.id}${s.url ? ` (${s.url})` : ''}`;
}

export function renderAnswerText(answer: Answer): string {
  const v = answerView(answer);
  if (!v.found) {
    const lines = [...(v.languageNote ? [v.languageNote] : []), notFoundLine(v.question, (s) => s)];
    if (v.suggestions.length) lines.push('', SUGGEST, ...v.suggestions.map((s) => `• ${s}`));
    return lines.join('\n');
  }
  const lines = [v.headline];
  if (v.alternatives.length) {
    lines.push(DIFFER);
    for (const alt of v.alternatives) lines.push(alt.short, ...(alt.quote ? [`“${alt.quote}”`] : []), sourceLineText(alt.source));
    return lines.join('\n');
  }
  if (v.source) {
    if (v.quote) lines.push(`“${v.quote}”`);
    lines.push(sourceLineText(v.source));
  }
  if (v.alsoIn.length) lines.push('', `Also in: ${v.alsoIn.map((s) => sourceLineText(s).replace(/^— /, '')).join('; ')}`);
  return lines.join('\n');
}

// ---- Telegram HTML ---------------------------------------------------------------------------------

/** `— Publisher, 14 November 2025, article <code>ID</code>`, the article linked when it has a URL. */
export function sourceLineHtml(s: SourceRef): string {
  const who = s.publisher ? `${escapeHtml(s.publisher)}, ` : '';
  const article = s.url ? link(s.url, `article ${s.id}`) : `article <code>${escapeHtml(s.id)}</code>`;
  return `— ${who}${humanDate(s.date)}, ${article}`;
}

const quoteBlock = (text: string): string => `<blockquote>${escapeHtml(text)}</blockquote>`;

export function renderAnswerHtml(answer: Answer): string {
  const v = answerView(answer);
  if (!v.found) {
    const lines = [...(v.languageNote ? [escapeHtml(v.languageNote)] : []), notFoundLine(v.question, escapeHtml)];
    if (v.suggestions.length) lines.push('', SUGGEST, ...v.suggestions.map((s) => `• ${escapeHtml(s)}`));
    return lines.join('\n');
  }
  const lines = [`<b>${escapeHtml(v.headline)}</b>`];
  if (v.alternatives.length) {
    lines.push(`<i>${DIFFER}</i>`);
    for (const alt of v.alternatives) lines.push(renderAlternativeHtml(alt));
    return lines.join('\n');
  }
  if (v.source) {
    if (v.quote) lines.push(quoteBlock(v.quote));
    lines.push(sourceLineHtml(v.source));
  }
  if (v.alsoIn.length) lines.push('', `Also in: ${v.alsoIn.map((s) => sourceLineHtml(s).replace(/^— /, '')).join('; ')}`);
  return lines.join('\n');
}

/** One disagreeing answer with its own quote, source and date (also an inline card of its own). */
export function renderAlternativeHtml(alt: { short: string; quote: string; source: SourceRef }): string {
  return [`<b>${escapeHtml(alt.short)}</b>`, ...(alt.quote ? [quoteBlock(alt.quote)] : []), sourceLineHtml(alt.source)].join('\n');
}
