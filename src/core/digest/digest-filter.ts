/**
 * Topic filters for digests: "/subscribe weekly film festival", "/settings filter Kazakhstan, TURKSOY".
 * Pure: the filter text comes in as the user wrote it, the knowledge is read, nothing is stored.
 *
 * A filter is a list of clauses (the user separates them with commas); an event passes when it meets
 * every term of at least one clause. So "film festival" asks for events about film that are festivals,
 * and "Kazakhstan, TURKSOY" for events that concern Kazakhstan or TURKSOY.
 *
 * Each word of a clause is read the way questions are read, so names and words fold the same way as in
 * answers: the gazetteer's aliases (Türkiye = Turkey = Turkish, TÜRKSOY = TURKSOY = International
 * Organization of Turkic Culture, cities with their country), the languages the bot reads (ТЮРКСОЙ,
 * Казахстан, фестиваль, zirve ...), stems and the domain thesaurus (films = film = cinema). A term is
 *   - a country, organization or place (gazetteer): met when the event's facts or its article name it,
 *     a place counting for its country (an event in Almaty concerns Kazakhstan);
 *   - an event kind (festival, meeting, summit, forum, exhibition ... the extractor's event nouns):
 *     met by the event itself, its type or its name, not by words elsewhere in the article;
 *   - any other word, a keyword: met by the words of the event's facts and its article.
 *
 * "Its article": the event's own sentence and that sentence's paragraph; the whole article, title
 * included, only when the article reports no other event (the film in the title of an article about
 * a film meeting must not make a poetry festival it mentions film news).
 */
import { canonicalName, findGazetteerNames } from '../facts/entities.ts';
import { EVENT_NOUNS } from '../facts/lexicon.ts';
import type { Knowledge } from '../knowledge.ts';
import { eventFacts } from '../knowledge.ts';
import { readQuestion } from '../lang/read-question.ts';
import { termOf, termsOf } from '../qa/terms.ts';
import { vocabularyOf } from '../qa/vocabulary.ts';
import { fold, STOP_WORDS, words } from '../text.ts';
import type { Fact, FactSource } from '../types.ts';
import type { UpcomingEvent } from './upcoming-events.ts';

export type FilterTermKind = 'country' | 'organization' | 'place' | 'kind' | 'keyword';

export interface FilterTerm {
  kind: FilterTermKind;
  /** The canonical name (country, organization, place) or the matching term (kind, keyword). */
  value: string;
  /** What the user is shown: the canonical name, or the word as read. */
  label: string;
}

export interface FilterClause {
  /** The clause as the user wrote it. */
  text: string;
  /** All must be met. Empty when nothing in the clause could be read (only small words). */
  terms: FilterTerm[];
}

/** No clauses: every event passes. */
export interface DigestFilter {
  clauses: FilterClause[];
}

export const NO_FILTER: DigestFilter = { clauses: [] };

/** Limits on what one subscription may ask for, so a filter stays a filter and not an essay. */
export const MAX_FILTER_CLAUSES = 10;
export const MAX_FILTER_CLAUSE_CHARS = 80;

/** Words that say nothing about which events: "news about Kazakhstan", "only festivals". */
const FILTER_NOISE = new Set(['news', 'event', 'events', 'article', 'articles', 'item', 'items', 'only', 'anything', 'everything', 'related', 'regarding', 'concerning']);

/** The matching terms of the event nouns ("festivals" and "festival" alike; "gathering" is a meeting). */
const KIND_TERMS: ReadonlySet<string> = new Set(EVENT_NOUNS.filter((n) => !n.includes(' ')).map(termOf));

/** The clauses of a filter text: split at commas and semicolons, spaces tidied, repeats dropped. */
export function splitFilterText(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,;\n]+/)) {
    const clause = raw.replace(/\s+/g, ' ').trim();
    if (!clause || seen.has(fold(clause))) continue;
    seen.add(fold(clause));
    out.push(clause);
  }
  return out;
}

/**
 * A clause read into terms. `knows` tells which folded Latin words the corpus knows, so that of the
 * spellings a name in another script may have the one the articles use is kept (as for questions).
 */
export function readFilterClause(text: string, knows: (word: string) => boolean): FilterClause {
  const terms: FilterTerm[] = [];
  const add = (t: FilterTerm) => {
    if (!terms.some((x) => x.kind === t.kind && x.value === t.value)) terms.push(t);
  };
  // Names first, as written (Türkiye, TÜRKSOY, "Organization of Turkic States"): the gazetteer folds
  // them as the answer path does. The words between them are read like a question's words (other
  // languages into English, Cyrillic names into the articles' spelling), and looked up again.
  const tokens = [...text.matchAll(WORD_TOKEN)].map((m) => m[0]);
  let unread: string[] = [];
  const flush = () => {
    if (unread.length === 0) return;
    const read = readQuestion(unread.join(' '), knows);
    unread = [];
    if (read.unsupported) return;
    const toks = words(read.text);
    for (let i = 0; i < toks.length; ) {
      const name = longestName(toks, i);
      if (name) {
        add(name.term);
        i += name.length;
        continue;
      }
      const w = toks[i++]!;
      if (STOP_WORDS.has(w) || FILTER_NOISE.has(w)) continue;
      const term = termOf(w);
      add({ kind: KIND_TERMS.has(term) ? 'kind' : 'keyword', value: term, label: w });
    }
  };
  for (let i = 0; i < tokens.length; ) {
    const name = longestName(tokens, i);
    if (!name) {
      unread.push(tokens[i++]!);
      continue;
    }
    flush();
    add(name.term);
    i += name.length;
  }
  flush();
  return { text, terms };
}

/** Words as written, case kept (readQuestion tells "ТЮРКСОЙ" the name from "тюркский" the word by it). */
const WORD_TOKEN = /[\p{L}\p{N}]+(?:['’ʻʼ‘-][\p{L}\p{N}]+)*/gu;

/** The longest run of words from `i` that is a gazetteer name, at most six words. */
function longestName(tokens: readonly string[], i: number): { term: FilterTerm; length: number } | null {
  for (let n = Math.min(6, tokens.length - i); n >= 1; n--) {
    const name = canonicalName(tokens.slice(i, i + n).join(' '));
    if (name) return { term: { kind: name.type, value: name.canonical, label: name.canonical }, length: n };
  }
  return null;
}

/** The filter of a subscription, read against the knowledge (its vocabulary spells foreign names). */
export function parseDigestFilter(clauses: readonly string[], knowledge: Knowledge): DigestFilter {
  if (clauses.length === 0) return NO_FILTER;
  const known = vocabularyOf(knowledge).known;
  return { clauses: clauses.map((c) => readFilterClause(c, (w) => known.has(w))) };
}

const KIND_NAMES: Record<FilterTermKind, string> = { country: 'country', organization: 'organization', place: 'place', kind: 'event kind', keyword: 'word' };

/** "film (word) + festival (event kind) · Kazakhstan (country)": how the bot understood the filter. */
export function describeFilter(filter: DigestFilter): string {
  return filter.clauses.map((c) => (c.terms.length ? c.terms.map((t) => `${t.label} (${KIND_NAMES[t.kind]})`).join(' + ') : `“${c.text}” (not understood)`)).join(' · ');
}

/** What an event offers a filter; built once per event and knowledge. */
export interface EventProfile {
  countries: Set<string>;
  organizations: Set<string>;
  places: Set<string>;
  /** Matching terms of the event's type and of the event nouns in its name. */
  kinds: Set<string>;
  /** Matching terms of every word of its facts and of its article (as scoped above). */
  terms: Set<string>;
}

function termMet(t: FilterTerm, p: EventProfile): boolean {
  switch (t.kind) {
    case 'country':
      return p.countries.has(t.value);
    case 'organization':
      return p.organizations.has(t.value);
    case 'place':
      return p.places.has(t.value);
    case 'kind':
      return p.kinds.has(t.value);
    case 'keyword':
      return p.terms.has(t.value);
  }
}

/** True when the event meets every term of some clause (always, without clauses). */
export function passesFilter(filter: DigestFilter, profile: EventProfile): boolean {
  if (filter.clauses.length === 0) return true;
  return filter.clauses.some((c) => c.terms.length > 0 && c.terms.every((t) => termMet(t, profile)));
}

/** An event as the filter sees it, from a fact or from a sentence that announces it. */
export interface FilterableEvent {
  /** Stable id of the event (fact id, or the upcoming event's key). */
  key: string;
  name: string;
  eventType?: string;
  /** The fact's other fields: place, venue, country, organizer, participants, object. */
  fields: string[];
  articleId: string;
  sentenceId?: string;
  sentence: string;
}

export function filterableFact(fact: Fact, source: FactSource): FilterableEvent {
  const q = fact.qualifiers;
  const fields = [fact.object, q.place, q.venue, q.country, q.organization, q.organizer, ...(q.participants ?? [])].filter((x): x is string => Boolean(x));
  return { key: fact.id, name: fact.subject, eventType: q.eventType, fields, articleId: source.articleId, sentenceId: source.sentenceId, sentence: source.sentence };
}

export function filterableUpcoming(e: UpcomingEvent): FilterableEvent {
  if (e.fact) return filterableFact(e.fact, e.fact.sources.find((s) => s.articleId === e.articleId) ?? e.fact.sources[0]!);
  const sentenceId = e.key.startsWith('sentence:') ? e.key.slice('sentence:'.length) : undefined;
  return { key: e.key, name: e.name, fields: e.place ? [e.place] : [], articleId: e.articleId, sentenceId, sentence: e.sentence };
}

/** Per knowledge: the names of the events each article reports (longest first), and the profiles made so far. */
const caches = new WeakMap<Knowledge, { eventNames: Map<string, string[]>; profiles: Map<string, EventProfile> }>();

function cacheOf(knowledge: Knowledge) {
  let c = caches.get(knowledge);
  if (!c) {
    const names = new Map<string, Map<string, string>>();
    for (const f of eventFacts(knowledge)) {
      for (const s of f.sources) names.set(s.articleId, (names.get(s.articleId) ?? new Map()).set(fold(f.subject), f.subject));
    }
    const eventNames = new Map([...names].map(([id, byKey]) => [id, [...byKey.values()].sort((a, b) => b.length - a.length || a.localeCompare(b))]));
    c = { eventNames, profiles: new Map() };
    caches.set(knowledge, c);
  }
  return c;
}

/** The event's sentence's paragraph, when the knowledge has the sentence; else ''. */
function paragraphOf(knowledge: Knowledge, ev: FilterableEvent): string {
  const s = ev.sentenceId ? knowledge.sentences.get(ev.sentenceId) : undefined;
  const article = knowledge.articles.get(ev.articleId);
  const p = s && s.articleId === ev.articleId ? article?.paragraphs[s.paragraph] : undefined;
  return p && article ? article.text.slice(p.start, p.end) : '';
}

export function eventProfile(knowledge: Knowledge, ev: FilterableEvent): EventProfile {
  const cache = cacheOf(knowledge);
  const id = `${ev.key}|${ev.articleId}`;
  const hit = cache.profiles.get(id);
  if (hit) return hit;
  const article = knowledge.articles.get(ev.articleId);
  // The other events the article names: a sentence listing "the Korkut Ata Turkic World Film Festival,
  // the Vagif Poetry Days, ..." must not make the poetry days film news. Their names are cut out of the
  // context before it is read.
  const others = (cache.eventNames.get(ev.articleId) ?? []).filter((n) => fold(n) !== fold(ev.name));
  const withoutOthers = (t: string): string => others.reduce((acc, n) => (acc.includes(n) ? acc.split(n).join(' ') : acc), t);
  // The title speaks of the article's main event: it counts only where that is the event.
  const context = others.length === 0 ? [article?.title ?? '', article?.text ?? ''] : [paragraphOf(knowledge, ev)];
  const text = [ev.name, ...ev.fields, ...[ev.sentence, ...context].map(withoutOthers)].join('\n');
  const profile: EventProfile = { countries: new Set(), organizations: new Set(), places: new Set(), kinds: new Set(), terms: termsOf(text) };
  for (const hit of findGazetteerNames(text)) {
    if (hit.type === 'organization') profile.organizations.add(hit.canonical);
    else if (hit.type === 'place') profile.places.add(hit.canonical);
    if (hit.type !== 'organization' && hit.country) profile.countries.add(hit.country);
  }
  // Fact fields hold canonical names, which need not be capitalized as findGazetteerNames wants.
  for (const field of ev.fields) {
    const name = canonicalName(field);
    if (name?.type === 'organization') profile.organizations.add(name.canonical);
    else if (name?.type === 'place') profile.places.add(name.canonical);
    if (name && name.type !== 'organization' && name.country) profile.countries.add(name.country);
  }
  for (const w of words([ev.eventType ?? '', ev.name].join(' '))) {
    const t = termOf(w);
    if (KIND_TERMS.has(t)) profile.kinds.add(t);
  }
  cache.profiles.set(id, profile);
  return profile;
}
