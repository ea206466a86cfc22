/** Sentence splitting with offsets. Ours rather than natural's: that one splits `12.05.2024` and `a.m.`. */

export interface SentenceSpan {
  start: number;
  end: number;
}

// Words that end with a period without ending the sentence ("Dr. Aliyev", "H.E. Mr. Raev", "No. 5").
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr gen col lt sgt capt gov sen rep hon rev mt no nos art vol fig ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept univ assoc approx est ' +
    'vs e.g i.e a.m p.m h.e u.s u.k u.n ph.d b.a m.a'
  ).split(' '),
);

const CLOSERS = `"'\u201d\u2019\u00bb)\\]`;

/**
 * Spans of the sentences of one paragraph. A period ends a sentence when whitespace and an upper-case
 * letter, digit or opening quote follow, unless the word before it is an abbreviation or an initial
 * ("A. Ş. Madaminov" stays one sentence).
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const boundary = new RegExp(`[.!?]+[${CLOSERS}]*(?=\\s|$)`, 'gu');
  let start = 0;
  for (const m of paragraph.matchAll(boundary)) {
    const end = m.index + m[0].length;
    const rest = paragraph.slice(end);
    const next = /^\s*(\S)/u.exec(rest)?.[1];
    if (next !== undefined && !/[\p{Lu}\p{N}"'\u201c\u2018\u00ab(\[\u2014-]/u.test(next)) continue;
    if (m[0][0] === '.' && m[0].length === 1 && !isSentenceEnd(paragraph.slice(start, m.index))) continue;
    pushSpan(paragraph, start, end, spans);
    start = end;
  }
  pushSpan(paragraph, start, paragraph.length, spans);
  return spans;
}

function isSentenceEnd(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (!word) return true;
  // A single capital letter is an initial: "A. Ş. Madaminov".
  if (/^\p{Lu}$/u.test(word)) return false;
  // Dotted forms such as "H.E" or "U.S".
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function pushSpan(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) spans.push({ start: s, end: e });
}
