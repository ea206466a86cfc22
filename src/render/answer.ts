/**
 * One reply per answer, whatever the surface. `answerView` reads the structured Answer once (the
 * headline, the quote and its source, other sources, disagreeing sources, or "I don't know" with
 * suggestions); `renderAnswerText` (console chat, `ask`) and `renderAnswerHtml` (Telegram) only
 * dress that view. Before, `ask` printed the core's headline while Telegram showed the bare short
 * answer, and the two "I don't know" texts differed.
 */
import { dontKnowIn, localDate, PHRASES, unsupportedLanguage } from '../core/lang/phrases.ts';
import { detectLanguage } from '../core/lang/read-question.ts';
import { toCyrillic } from '../core/lang/transliterate.ts';
import { MONTHS } from '../core/text.ts';
import type { Answer, AnswerSource, Language } from '../core/types.ts';
import { escapeHtml, link } from '../telegram/html.ts';

/** How much of a question is echoed back when there is no answer. */
const ECHO_LIMIT = 200;

type SourceRef = Pick<AnswerSource, 'id' | 'publisher' | 'date' | 'url'>;

export type AnswerView =
  | {
      found: true;
      language: Language;
      /** The core's first line ("Korkut Ata … Festival: held in Turkistan, Kazakhstan, 12 September 2026."). */
      headline: string;
      /** The direct answer in the reply's language: names in its script with the Latin beside, dates the local way. */
      short: string;
      /** Sources that disagree, each with its answer, quote and date, newest first; else empty. */
      alternatives: { short: string; quote: string; source: SourceRef }[];
      quote: string | null;
      source: SourceRef | null;
      alsoIn: SourceRef[];
    }
  | {
      found: false;
      language: Language;
      /** The question is in a script the bot does not read: say which languages it reads. */
      unsupported: boolean;
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

/** Words of institutions, not people: "Azerbaijan Film Agency" is not written in Cyrillic letter by letter. */
const NOT_NAME_WORDS = new Set(
  'film cinema agency ministry council union center centre organization foundation university academy theatre theater museum festival forum association committee national state public international culture cultural republic department office group company house palace city region'.split(' '),
);

/** A person's name as the short answer gives it: one to four capitalized words ("Sultan Raev"). */
function looksLikePersonName(s: string): boolean {
  const words = s.split(/\s+/);
  return words.length >= 1 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()));
}

const ENGLISH_DATE = new RegExp(`^(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})$`, 'i');

/**
 * The short answer in the reply's language. Persons' names in Cyrillic for Russian and Kazakh, with
 * the articles' Latin spelling beside it so it can be checked ("Султан Раев (Sultan Raev)"); a full
 * date the local way. Anything else (places, titles, numbers) stays as the articles write it: a
 * letter-by-letter "Азербаиджан" would be wrong, and a translation is not ours to make.
 */
export function localizedShort(short: string, kind: Answer['kind'], language: Language): string {
  if (language === 'en') return short;
  const date = ENGLISH_DATE.exec(short.trim());
  if (date) {
    const month = MONTHS.indexOf(date[2]!.toLowerCase()) + 1;
    return localDate(`${date[3]}-${String(month).padStart(2, '0')}-${date[1]!.padStart(2, '0')}`, language);
  }
  if ((language === 'ru' || language === 'kk') && kind === 'who') {
    const names = short.split(/,\s+|\s+and\s+/);
    if (names.every(looksLikePersonName)) {
      const cyrillic = names.map((n) => toCyrillic(n));
      if (cyrillic.every((c): c is string => c !== null)) return cyrillic.map((c, i) => `${c} (${names[i]})`).join(', ');
    }
  }
  return short;
}

/** The view of an answer, in `language` (by default the language of the question). */
export function answerView(answer: Answer, language: Language = answer.language ?? 'en'): AnswerView {
  if (!answer.found) {
    return {
      found: false,
      language,
      unsupported: detectLanguage(answer.question) === 'unknown',
      question: truncate(answer.question.trim(), ECHO_LIMIT),
      suggestions: (answer.suggestions ?? []).slice(0, 5),
    };
  }
  const alternatives = answer.alternatives && answer.alternatives.length > 1 ? answer.alternatives.map((a) => ({ short: localizedShort(a.short, answer.kind, language), quote: a.source.quote.trim(), source: a.source })) : [];
  const [main, ...more] = answer.sources;
  return {
    found: true,
    language,
    headline: headlineOf(answer),
    short: localizedShort(answer.short.trim(), answer.kind, language) || headlineOf(answer),
    alternatives,
    quote: main?.quote.trim() || null,
    source: main ?? null,
    alsoIn: more.filter((s) => s.id !== main?.id).slice(0, 3),
  };
}

/** The lines before the suggestions when nothing was found. */
function notFoundLines(v: Extract<AnswerView, { found: false }>): string[] {
  const p = PHRASES[v.language];
  if (v.unsupported) return [unsupportedLanguage(), PHRASES.en.notFound(v.question)];
  if (!v.question) return [v.language === 'en' ? "I don't know." : dontKnowIn(v.language)];
  // A reply in another language says it in English too: a group may not all read that language.
  return v.language === 'en' ? [p.notFound(v.question)] : [p.notFound(v.question), PHRASES.en.notFound(v.question)];
}

// ---- plain text ------------------------------------------------------------------------------------

/** `— Publisher, 14 November 2025, article ID` (the `ask` contract); undated articles say so; a URL follows. */
export function sourceLineText(s: SourceRef, language: Language = 'en'): string {
  const who = s.publisher ? `${s.publisher}, ` : '';
  return `— ${who}${localDate(s.date, language)}, ${PHRASES[language].article} ${s.id}${s.url ? ` (${s.url})` : ''}`;
}

/** Other languages: the source and its date on labelled lines ("Источник: …", "Дата: …"). */
function labelledSourceText(s: SourceRef, language: Language): string[] {
  const p = PHRASES[language];
  const who = s.publisher ? `${s.publisher}, ` : '';
  return [`${p.source}: ${who}${p.article} ${s.id}${s.url ? ` (${s.url})` : ''}`, `${p.date}: ${localDate(s.date, language)}`];
}

export function renderAnswerText(answer: Answer, language?: Language): string {
  const v = answerView(answer, language);
  const p = PHRASES[v.language];
  if (!v.found) {
    const lines = notFoundLines(v);
    if (v.suggestions.length) lines.push('', p.suggest, ...v.suggestions.map((s) => `• ${s}`));
    return lines.join('\n');
  }
  const en = v.language === 'en';
  const lines = [en ? v.headline : `${p.answer}: ${v.short}`];
  if (v.alternatives.length) {
    lines.push(p.differ);
    for (const alt of v.alternatives) lines.push(alt.short, ...(alt.quote ? [`“${alt.quote}”`] : []), sourceLineText(alt.source, v.language));
    return lines.join('\n');
  }
  if (v.source) {
    if (v.quote) lines.push(...(en ? [] : [`${p.articleWords}:`]), `“${v.quote}”`);
    lines.push(...(en ? [sourceLineText(v.source)] : labelledSourceText(v.source, v.language)));
  }
  if (v.alsoIn.length) lines.push('', `${p.alsoIn}: ${v.alsoIn.map((s) => sourceLineText(s, v.language).replace(/^— /, '')).join('; ')}`);
  return lines.join('\n');
}

// ---- Telegram HTML ---------------------------------------------------------------------------------

/** `— Publisher, 14 November 2025, article <code>ID</code>`, the article linked when it has a URL. */
export function sourceLineHtml(s: SourceRef, language: Language = 'en'): string {
  return `— ${sourceRefHtml(s, language)}`;
}

function sourceRefHtml(s: SourceRef, language: Language, withDate = true): string {
  const who = s.publisher ? `${escapeHtml(s.publisher)}, ` : '';
  const word = PHRASES[language].article;
  const article = s.url ? link(s.url, `${word} ${s.id}`) : `${word} <code>${escapeHtml(s.id)}</code>`;
  return withDate ? `${who}${escapeHtml(localDate(s.date, language))}, ${article}` : `${who}${article}`;
}

const quoteBlock = (text: string): string => `<blockquote>${escapeHtml(text)}</blockquote>`;

export function renderAnswerHtml(answer: Answer, language?: Language): string {
  const v = answerView(answer, language);
  const p = PHRASES[v.language];
  if (!v.found) {
    const lines = notFoundLines(v).map(escapeHtml);
    if (v.suggestions.length) lines.push('', escapeHtml(p.suggest), ...v.suggestions.map((s) => `• ${escapeHtml(s)}`));
    return lines.join('\n');
  }
  const en = v.language === 'en';
  const lines = [`<b>${escapeHtml(en ? v.headline : `${p.answer}: ${v.short}`)}</b>`];
  if (v.alternatives.length) {
    lines.push(`<i>${escapeHtml(p.differ)}</i>`);
    for (const alt of v.alternatives) lines.push(renderAlternativeHtml(alt, v.language));
    return lines.join('\n');
  }
  if (v.source) {
    if (v.quote) lines.push(...(en ? [] : [`<i>${escapeHtml(p.articleWords)}:</i>`]), quoteBlock(v.quote));
    if (en) lines.push(sourceLineHtml(v.source));
    else lines.push(`${escapeHtml(p.source)}: ${sourceRefHtml(v.source, v.language, false)}`, `${escapeHtml(p.date)}: ${escapeHtml(localDate(v.source.date, v.language))}`);
  }
  if (v.alsoIn.length) lines.push('', `${escapeHtml(p.alsoIn)}: ${v.alsoIn.map((s) => sourceRefHtml(s, v.language)).join('; ')}`);
  return lines.join('\n');
}

/** One disagreeing answer with its own quote, source and date (also an inline card of its own). */
export function renderAlternativeHtml(alt: { short: string; quote: string; source: SourceRef }, language: Language = 'en'): string {
  return [`<b>${escapeHtml(alt.short)}</b>`, ...(alt.quote ? [quoteBlock(alt.quote)] : []), sourceLineHtml(alt.source, language)].join('\n');
}

/**
 * The paragraph around an answer's quote ("Show paragraph"): framed like the quote under an answer,
 * the article's words marked as such and the source and date labelled in the reader's language.
 */
export function renderParagraphHtml(paragraph: string, source: SourceRef, language: Language = 'en'): string {
  if (language === 'en') return `${quoteBlock(paragraph.trim())}\n${sourceLineHtml(source)}`;
  const p = PHRASES[language];
  return [
    `<i>${escapeHtml(p.articleWords)}:</i>`,
    quoteBlock(paragraph.trim()),
    `${escapeHtml(p.source)}: ${sourceRefHtml(source, language, false)}`,
    `${escapeHtml(p.date)}: ${escapeHtml(localDate(source.date, language))}`,
  ].join('\n');
}
