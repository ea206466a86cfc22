/**
 * The event a question names, as a constraint and as a referent.
 *
 * - A question naming an event ("When was the 6th Forum of Turkic Translators held?") is about that
 *   event only: a passage whose article never names it in one sentence or its title ("the 6th Summit
 *   of Turkic Jewelry Makers", "the Fifth Congress of Turkic Textile Designers") is about another
 *   one, however many words it shares; so is a fact none of whose sources names it.
 * - An article names its event once, in the title or the lead, and then calls it "the forum": "At the
 *   end of the forum, the participants signed ...", "The main prize of the festival went to ...". Such
 *   a sentence holds none of the event's name, so retrieval measured it by the loose words it shares
 *   with the question and the full-text search seldom ranked it among its first passages.
 */
import { canonicalName } from '../facts/entities.ts';
import { findMentions } from '../facts/mentions.ts';
import { EVENT_NOUNS, ORDINAL_WORDS } from '../facts/lexicon.ts';
import type { Fact, FactSource } from '../types.ts';
import { words } from '../text.ts';
import type { StructuredQuery } from './structured-query.ts';
import { termsOf } from './terms.ts';
import type { TermSet } from './sentence-names.ts';
import { holds, type FactIndex } from './fact-index.ts';

const ONE_WORD_EVENT_NOUNS = new Set(EVENT_NOUNS.filter((n) => !n.includes(' ')));

export interface AskedEvent {
  /** The kind nouns of the event's name, lower case ("forum"; "festival" and "days" for "Festival of Poetry Days"). */
  nouns: Set<string>;
  /** The question's concepts written inside the event's name, its ordinal left out. */
  terms: Set<string>;
  /** The event's ordinal ("6th", "Sixth", "First" -> 6, 6, 1), when it has one. */
  ordinal?: number;
  /** The question's concepts the name holds, its ordinal's included: what a sentence calling it "the forum" says. */
  said: Set<string>;
  /** A year written as part of the name ("the 2013 Competition of ..."): the edition, like an ordinal. */
  year?: string;
  /** A sentence pointing back at such an event: "the forum", not "the Forum of ..." nor "a forum". */
  pointer: RegExp;
}

/** "6th", "sixth", "First": the number an ordinal word or numeral says. */
function ordinalOf(word: string): number | undefined {
  const m = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(word);
  if (m) return Number(m[1]);
  return ORDINAL_WORDS[word.toLowerCase()];
}

/** The ordinals a text writes, "first" included (a name's "First" is one). */
function ordinalsIn(text: string): Set<number> {
  const out = new Set<number>();
  for (const w of text.split(/[^\p{L}\p{N}]+/u)) {
    const n = w ? ordinalOf(w) : undefined;
    if (n !== undefined) out.add(n);
  }
  return out;
}

/** The event the question names by a capitalized name ("the 6th International Forum of Turkic Translators"); `known`: a term the corpus has. */
export function askedEvent(q: StructuredQuery, known: (term: string) => boolean, correct: (word: string) => string = (w) => w): AskedEvent | null {
  // Typos mended as the question analysis mends them, capitals kept: "the 29th Congres of ..." names a congress.
  const text = q.text.replace(/\p{L}+/gu, (w) => {
    const c = correct(w.toLowerCase());
    return c === w.toLowerCase() ? w : /^\p{Lu}/u.test(w) ? c[0]!.toUpperCase() + c.slice(1) : c;
  });
  const mentions = findMentions(text, null);
  // An event; else an organization no list knows ("the Union of Restorers of Azerbaijan"): a body the
  // gazetteer knows is a name constraint already, and is no referent of "the union" here.
  const event = mentions.find((m) => m.kind === 'event') ?? mentions.find((m) => m.kind === 'org' && canonicalName(text.slice(m.start, m.end)) === null);
  if (!event) return null;
  const isEvent = event.kind === 'event';
  const name = text.slice(event.start, event.end);
  const nameWords = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const ordinal = nameWords.map(ordinalOf).find((n) => n !== undefined);
  const nouns = new Set(words(name).filter((w) => ONE_WORD_EVENT_NOUNS.has(w)));
  const asked = new Set(q.analysis.terms);
  const ordinalTerms = termsOf(nameWords.filter((w) => ordinalOf(w) !== undefined).join(' '));
  // A word no article writes (a typo left as typed) cannot be asked of one.
  const terms = new Set([...termsOf(name)].filter((t) => asked.has(t) && !ordinalTerms.has(t) && known(t)));
  // A name of its kind noun alone ("the Forum") says nothing an article could be told apart by.
  if ((isEvent && nouns.size === 0) || terms.size < 2) return null;
  if (!isEvent) return { nouns, terms, ordinal, said: terms, pointer: /(?!)/, year: undefined };
  const alternatives = [...nouns].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // Lower case, after "the" with no capitalized word between, and not the head of another name
  // ("the forum of young poets" names one by its own words).
  const pointer = new RegExp(`\\b[Tt]he\\s+(?:${alternatives})\\b(?!\\s+of\\s+\\p{Lu})(?![\\p{L}-])`, 'u');
  const said = new Set([...terms, ...[...ordinalTerms].filter((t) => asked.has(t))]);
  const year = /\b((?:19|20)\d\d)\s+$/.exec(text.slice(Math.max(0, event.start - 6), event.start))?.[1];
  // The year is no part of what "the symposium" says: it counts through the article's date already, and
  // with it every sentence of the article ("... met the organizers") would cover a "who organized" question.
  return { nouns, terms, ordinal, said, pointer, year };
}

/** One text (a sentence, a title) names the asked event: every word of its name, and its ordinal. */
export function namesEvent(ev: AskedEvent, text: string, textTerms: TermSet = termsOf(text)): boolean {
  for (const t of ev.terms) if (!textTerms.has(t)) return false;
  if (ev.year && !text.includes(ev.year)) return false;
  return ev.ordinal === undefined || ordinalsIn(text).has(ev.ordinal);
}

/** The sentence points back at an event of the asked kind with a bare "the forum". */
export function pointsBack(ev: AskedEvent, sentence: string): boolean {
  return ev.pointer.test(sentence);
}

/** How many of a fact's sources are read for the asked event's name (a famous fact has thousands). */
const FACT_SOURCES_READ = 20;

/**
 * The fact is about the asked event: its own fields name it, or one of its sources does in its
 * sentence or its article's title, or in a sentence that points back at an event the title names.
 */
export function factNamesEvent(ev: AskedEvent, fact: Fact, titleOf: (articleId: string) => string, stored?: StoredTermsOf): boolean {
  const own = `${fact.subject} ${fact.object}`;
  if (namesEvent(ev, own, ownTermsOf(fact, own))) return true;
  return fact.sources.slice(0, FACT_SOURCES_READ).some((s) => {
    if (namesEvent(ev, s.sentence, stored?.source(s) ?? termsOf(s.sentence))) return true;
    // The article is about the event, and the sentence names no other event by a capitalized name.
    const title = titleOf(s.articleId);
    return namesEvent(ev, title, stored?.title(s.articleId) ?? termsOf(title)) && (pointsBack(ev, s.sentence) || !NAMED_EVENT.test(s.sentence));
  });
}

/**
 * Whether the fact at a position can name the asked event, by the fact index: the text that names it
 * (the fact's subject and object, a quote, a title) holds every word of the name, so the fact's core,
 * quote and title postings together hold them all. Most facts an event question reaches through its
 * common words ("Turkic", "held") lack one, and are ruled out without reading up to 20 sources. The
 * postings are looked up once per question.
 */
export function eventWordsIndexed(ev: AskedEvent, index: FactIndex): (at: number) => boolean {
  const lists = [...ev.terms].map((t) => [index.withTerm(t, 'core'), index.withTerm(t, 'quote'), index.withTerm(t, 'title')]);
  return (at) => lists.every((l) => holds(l[0]!, at) || holds(l[1]!, at) || holds(l[2]!, at));
}

/**
 * The index read each of the sources factNamesEvent reads as its sentence's text: true when every
 * one's quote is that text (or it has no sentence). A fact quoting other words is read in full.
 */
export function quotesAsIndexed(fact: Fact, quoteIsText: (s: FactSource) => boolean): boolean {
  const n = Math.min(fact.sources.length, FACT_SOURCES_READ);
  for (let i = 0; i < n; i++) if (!quoteIsText(fact.sources[i]!)) return false;
  return true;
}

const ownTermsByFact = new WeakMap<Fact, Set<string>>();

/** The terms of a fact's subject and object (`own`), found once per fact: event questions reach the same facts again and again. */
function ownTermsOf(fact: Fact, own: string): Set<string> {
  let hit = ownTermsByFact.get(fact);
  if (!hit) ownTermsByFact.set(fact, (hit = termsOf(own)));
  return hit;
}

/**
 * The terms of a source's quote and of an article's title as the index stores them (names.json), to
 * be read rather than found again in the text; null where it has none (a quote that is not its
 * sentence's text).
 */
export interface StoredTermsOf {
  source(s: FactSource): TermSet | null;
  title(articleId: string): TermSet;
}

/** A capitalized event noun: the sentence names an event of its own ("the Summit of ..."). */
const NAMED_EVENT = new RegExp(`\\b(?:${[...ONE_WORD_EVENT_NOUNS].map((n) => n[0]!.toUpperCase() + n.slice(1)).join('|')})\\b`, 'u');
