/**
 * "What is the symbol of the festival?", "What is the theme of the session?": the value an article
 * writes beside the noun asked about. News writes it in a few shapes: an appositive before the noun
 * ("the crane, the symbol of the festival"), a copula after it ("its symbol is the crane"), a quoted
 * title after it ("under the theme “Heritage and Future”"), and, for a name, "called"/"named". Pure
 * text patterns over one sentence; the candidates they give are scored like any other.
 */
import { STOP_WORDS } from '../text.ts';

export interface AttributeValue {
  text: string;
  start: number;
  end: number;
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** Small words inside a name ("Heritage for the Future", "Roads of Dialogue"). */
const NAME_INNER = new Set(['of', 'for', 'the', 'and', 'in', 'on', 'to', '&']);
const MAX_WORDS = 8;

/** Values written for `noun` in `text`, each with its offsets. */
export function attributeValues(text: string, noun: string): AttributeValue[] {
  const n = escape(noun.toLowerCase());
  const out: AttributeValue[] = [];
  const owner = String.raw`(?:\s+(?:of|for)\s+[^,.;:“”"]{1,80}?)?`;
  // "the crane, the symbol of the festival": the noun phrase just before the comma.
  for (const m of text.matchAll(new RegExp(String.raw`,\s+(?:the|its|their|a|an)\s+${n}s?\b`, 'giu'))) {
    const np = phraseBefore(text, m.index);
    if (np) out.push(np);
  }
  // "the symbol of the festival is the crane", "its theme was Unity in Diversity".
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:the|its|their)\s+${n}s?\b${owner}\s+(?:is|was|are|were|will be|became|has become)\s+`, 'giu'))) {
    const np = phraseAfter(text, m.index + m[0].length);
    if (np) out.push(np);
  }
  // "under the theme “TURKTIME: The Role of Parliamentary Diplomacy”".
  for (const m of text.matchAll(new RegExp(String.raw`\b${n}s?\b${owner}\s*[:,]?\s*[“"«‘]([^”"»’]{2,120})[”"»’]`, 'giu'))) {
    const inner = m[1]!;
    const start = m.index + m[0].length - 1 - inner.length;
    const value = inner.trim().replace(/[,;:.]+$/, '');
    out.push({ text: value, start, end: start + value.length });
  }
  // "an exchange programme called Orkhun": what a thing is called is its name.
  if (/^(?:name|title)$/i.test(noun)) {
    for (const m of text.matchAll(/\b(?:called|named|titled|entitled|dubbed)\s+/giu)) {
      const np = phraseAfter(text, m.index + m[0].length);
      if (np) out.push(np);
    }
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The noun phrase ending at `end`: words back to a function word other than an article. */
function phraseBefore(text: string, end: number): AttributeValue | null {
  const words = [...text.slice(0, end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  const kept: RegExpMatchArray[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < MAX_WORDS; i--) {
    const w = words[i]!;
    // Only spaces may stand between the words of one phrase.
    const next = kept[0];
    if (next && !/^\s+$/.test(text.slice(w.index! + w[0].length, next.index!))) break;
    const f = w[0].toLowerCase();
    // An article opens the phrase; a function word, or a lower-case word before a name, ends it.
    if (ARTICLES.has(f) || STOP_WORDS.has(f)) break;
    if (next && /^\p{Lu}/u.test(next[0]) && !/^\p{Lu}/u.test(w[0])) break;
    kept.unshift(w);
  }
  if (kept.length === 0) return null;
  const start = kept[0]!.index!;
  const last = kept[kept.length - 1]!;
  return { text: text.slice(start, last.index! + last[0].length), start, end: last.index! + last[0].length };
}

/** The noun phrase starting at `from`: words up to punctuation or a clause word, at most MAX_WORDS. */
function phraseAfter(text: string, from: number): AttributeValue | null {
  const rest = text.slice(from);
  const stop = /[,.;:!?()“”"]|\s(?:which|that|who|and|as|because|while|where|when)\s/i.exec(rest);
  const span = rest.slice(0, stop ? stop.index : rest.length);
  let words = [...span.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].slice(0, MAX_WORDS);
  while (words.length && ARTICLES.has(words[0]![0].toLowerCase())) words.shift();
  // "was not chosen", "is being prepared", "was held": a verb, no value.
  if (words[0] && /^(?:not|being|also|still|yet|now|to|\p{Ll}+(?:ed|ing))$/u.test(words[0][0])) return null;
  // A name runs as far as its capitalized words and the small words inside it ("Heritage for the Future").
  if (words[0] && /^\p{Lu}/u.test(words[0][0])) {
    let end = 1;
    while (end < words.length && (/^[\p{Lu}\p{N}]/u.test(words[end]![0]) || NAME_INNER.has(words[end]![0]))) end++;
    words = words.slice(0, end);
    while (words.length && NAME_INNER.has(words[words.length - 1]![0])) words.pop();
  }
  while (words.length && STOP_WORDS.has(words[words.length - 1]![0].toLowerCase())) words.pop();
  if (words.length === 0) return null;
  const start = from + words[0]!.index!;
  const last = words[words.length - 1]!;
  const end = from + last.index! + last[0].length;
  return { text: text.slice(start, end), start, end };
}

/**
 * "What are the four pillars ...?" answered by "formed on four main pillars of common history,
 * language, identity and culture": the members enumerated right after the noun. Two or more, each of at
 * most four words; nothing when the noun is not followed by an enumeration.
 */
export function enumeratedValues(text: string, noun: string): AttributeValue[] {
  const n = escape(noun.toLowerCase());
  const out: AttributeValue[] = [];
  for (const m of text.matchAll(new RegExp(String.raw`\b${n}s?\b\s*(?:of|:|such as|including|are|were|include|includes|namely)\s+`, 'giu'))) {
    const from = m.index + m[0].length;
    const rest = text.slice(from);
    const stop = /[.;:!?()“”"]|,?\s(?:but|which|that|while|as well as)\s/i.exec(rest);
    const span = rest.slice(0, stop ? stop.index : rest.length);
    const members: AttributeValue[] = [];
    for (const part of span.matchAll(/[^,]+/g)) {
      for (const piece of part[0].split(/\s+and\s+/)) {
        const words = piece.trim().replace(/^(?:and|the|a|an)\s+/i, '');
        if (!words) continue;
        const at = from + part.index! + part[0].indexOf(words);
        members.push({ text: words, start: at, end: at + words.length });
      }
    }
    if (members.length >= 2 && members.every((x) => x.text.split(/\s+/).length <= 4)) out.push(...members);
  }
  return out;
}
