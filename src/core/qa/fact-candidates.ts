import type { Fact, FactSource } from '../types.ts';
import type { Knowledge } from '../knowledge.ts';
import { fold, humanDate } from '../text.ts';
import { COUNTRIES, ORGANIZATIONS } from '../gazetteer.ts';
import { findGazetteerNames } from '../facts/entities.ts';
import { FRAME_WORDS, type QuestionAnalysis, type Target } from './analyze-question.ts';
import type { Vocabulary } from './vocabulary.ts';
import { holds, inEvery, union, type FactIndex } from './fact-index.ts';
import { ordinalsOf } from './sentence-names.ts';
import { isPerformingGroup } from './performers.ts';
import { SentenceSource } from '../stored-facts.ts';

export type SlotType = 'person' | 'org' | 'place' | 'date' | 'number' | 'thing' | 'role';

export interface Slot {
  type: SlotType;
  value: string;
  /** For ordering lists and picking the newest: a year or ISO date when the slot has one. */
  sortKey?: string;
}

export interface Candidate {
  fact: Fact;
  /** The fact's position in knowledge.facts: its key in the fact index. */
  at: number;
  slot: Slot;
  score: number;
  coverage: number;
}

/** The parts of a fact that can answer a question, each with the kind of thing it is. */
export function slotsOf(f: Fact): Slot[] {
  const q = f.qualifiers;
  switch (f.kind) {
    case 'role':
      return [{ type: 'person', value: f.subject }, { type: 'role', value: f.object }];
    case 'event': {
      const slots: Slot[] = [{ type: 'thing', value: f.subject }];
      if (q.place) slots.push({ type: 'place', value: q.venue ? `${q.venue}, ${q.place}` : q.country && q.country !== q.place ? `${q.place}, ${q.country}` : q.place });
      if (q.date) slots.push({ type: 'date', value: humanDate(q.date), sortKey: q.date });
      if (q.organizer) slots.push({ type: 'org', value: q.organizer });
      return slots;
    }
    case 'capital':
      return [{ type: 'place', value: f.subject, sortKey: f.object }, { type: 'date', value: f.object, sortKey: f.object }];
    case 'founding':
      return [{ type: 'date', value: f.object, sortKey: f.object }, ...(q.by ? [{ type: 'org' as const, value: q.by }] : [])];
    case 'proposal':
      return [{ type: 'person', value: f.subject }, { type: 'thing', value: f.object }];
    case 'statement':
      return [{ type: 'person', value: f.subject }, { type: 'thing', value: f.object }];
    case 'partnership':
      return [{ type: 'org', value: f.object }];
    case 'figure':
      return [{ type: 'number', value: f.object }];
    case 'performance':
      // A group ("... Ensemble", "... Orchestra") is an organization; anyone else a person.
      return [{ type: isPerformingGroup(f.object) ? 'org' : 'person', value: f.object }];
    case 'award':
      // A title in quotes is a thing; two to four capitalized words alone are someone's name.
      return [{ type: /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*$/u.test(f.object) ? 'person' : 'thing', value: f.object }];
    case 'decision':
    case 'topic':
    case 'purpose':
      return [{ type: 'thing', value: f.object }];
  }
}

/** Every slot type slotsOf can give a fact of each kind (some only when a qualifier is there). */
export const SLOT_TYPES_OF_KIND: Record<Fact['kind'], readonly SlotType[]> = {
  role: ['person', 'role'],
  event: ['thing', 'place', 'date', 'org'],
  capital: ['place', 'date'],
  founding: ['date', 'org'],
  proposal: ['person', 'thing'],
  statement: ['person', 'thing'],
  partnership: ['org'],
  figure: ['number'],
  performance: ['org', 'person'],
  award: ['person', 'thing'],
  decision: ['thing'],
  topic: ['thing'],
  purpose: ['thing'],
};

/** Which slot types answer a target, given the question's relation words. */
function wantedSlots(a: QuestionAnalysis): SlotType[] {
  switch (a.target) {
    case 'person':
      return a.terms.includes('organ') || a.terms.includes('sign') || a.terms.includes('establish') ? ['org', 'person'] : ['person', 'org', 'role'];
    case 'place':
      return ['place'];
    case 'date':
      return ['date'];
    case 'number':
      return ['number'];
    case 'yesno':
    case 'thing':
      return ['thing', 'org', 'role', 'place', 'person'];
  }
}

/** Question words that point at a kind of fact. */
const CUES: Record<string, Fact['kind'][]> = {
  said: ['statement'], thank: ['statement'], propos: ['proposal'], establish: ['founding'], held: ['event'], organ: ['event'],
  capit: ['capital'], head: ['role'], partner: ['partnership'], institut: ['partnership'], sign: ['decision'], adopt: ['decision'],
  decid: ['decision'], decis: ['decision'], discuss: ['topic'], aim: ['purpose'], event: ['event'], panel: ['event'],
  festiv: ['event'], meet: ['event'], forum: ['event'], summit: ['event'], camp: ['event'], call: ['event'],
  perform: ['performance'], sang: ['performance'], prize: ['award'], won: ['award'], win: ['award'],
};

/** Weight of a name the question gives (and the fact holds): about that of a rare word. */
export const ANCHOR_WEIGHT = 2.5;
const COUNTRY_NAMES = new Set(COUNTRIES.map((c) => c.name));
const ORGANIZATION_NAMES = new Set(ORGANIZATIONS.map((o) => o.name));

/**
 * A role held in another organization than the one asked: "Who is the Secretary General of the
 * OTS?" is not answered by TURKSOY's, though one sentence names both. Only known organizations
 * decide; a fact whose organization names none of them stands.
 */
function roleOfOtherOrganization(f: Fact, asked: string[]): boolean {
  const org = f.qualifiers.organization;
  if (!org || asked.length === 0) return false;
  const named = findGazetteerNames(String(org)).filter((h) => h.type === 'organization').map((h) => h.canonical);
  return named.length > 0 && !named.some((n) => asked.includes(n));
}

const MODIFIERS = ['deputy', 'vice', 'prime', 'first', 'provisional', 'acting', 'executive', 'honorary', 'special', 'permanent'];

/** True when every name the question gives is in the fact: the guard against near misses. */
export function anchorsHold(a: QuestionAnalysis, entities: Set<string>, text: string): boolean {
  for (const anchor of a.anchors) if (!entities.has(anchor)) return false;
  for (const p of a.persons) {
    const surname = fold(p).split(/\s+/).pop()!;
    if (!text.includes(surname)) return false;
  }
  if (a.year !== undefined && !text.includes(String(a.year))) return false;
  return true;
}

/** What one question looks up in the fact index, once: the postings of its names, years and terms. */
interface QuestionPostings {
  index: FactIndex;
  anchors: Int32Array[];
  /** Per person asked about: facts with a word starting with the surname. */
  surnames: Int32Array[];
  year: Int32Array | null;
  core: Map<string, Int32Array>;
  quote: Map<string, Int32Array>;
  title: Map<string, Int32Array>;
}

function postingsFor(a: QuestionAnalysis, index: FactIndex): QuestionPostings {
  const core = new Map<string, Int32Array>();
  const quote = new Map<string, Int32Array>();
  const title = new Map<string, Int32Array>();
  for (const t of a.terms) {
    core.set(t, index.withTerm(t, 'core'));
    quote.set(t, index.withTerm(t, 'quote'));
    title.set(t, index.withTerm(t, 'title'));
  }
  return {
    index,
    anchors: a.anchors.map((x) => index.withEntity(x)),
    surnames: a.persons.map((p) => union(index.withWordPrefix(fold(p).split(/\s+/).pop()!))),
    year: a.year !== undefined ? union(index.withWordPrefix(String(a.year))) : null,
    core,
    quote,
    title,
  };
}

const inCore = (p: QuestionPostings, t: string, i: number) => holds(p.core.get(t)!, i);
const inSources = (p: QuestionPostings, t: string, i: number) => holds(p.quote.get(t)!, i) || holds(p.title.get(t)!, i);

/** anchorsHold for the fact at position i, through the index: every name, surname and year asked is in it. */
function factAnchorsHold(p: QuestionPostings, i: number): boolean {
  return p.anchors.every((l) => holds(l, i)) && p.surnames.every((l) => holds(l, i)) && (!p.year || holds(p.year, i));
}

/**
 * The facts that can reach `minCoverage`, in fact order, or null when any fact might (then all are
 * scored). A fact must pass the anchor check, so it is in the postings of every anchor, surname and
 * year; and when the names alone cannot reach the bar, it must hold one of the heaviest terms: without
 * them even a full match of the rest stays below it.
 */
function reachableFacts(a: QuestionAnalysis, p: QuestionPostings, factCount: number, weight: (t: string) => number, named: number, total: number, minCoverage: number): ArrayLike<number> | null {
  if (minCoverage <= 0) return null;
  const lists: Int32Array[] = [...p.anchors, ...p.surnames, ...(p.year ? [p.year] : [])];
  // Terms by weight, heaviest first; the lightest ones whose sum stays below what is still needed
  // cannot carry a fact over the bar alone (a small margin keeps float rounding on the safe side).
  const need = minCoverage * total * (1 - 1e-9) - named;
  const required: string[] = [];
  if (need > 0) {
    const terms = [...a.terms].sort((x, y) => weight(y) - weight(x));
    let rest = terms.reduce((s, t) => s + weight(t), 0);
    for (const t of terms) {
      if (rest < need) break;
      required.push(t);
      rest -= weight(t);
    }
    if (rest >= need) return [];
  }
  if (lists.length === 0 && required.length === 0) return null;
  const holdsRequired = (i: number) => required.some((t) => inCore(p, t, i) || inSources(p, t, i));
  if (lists.length) return inEvery(lists, (i) => required.length === 0 || holdsRequired(i));
  const mark = new Uint8Array(factCount);
  let marked = 0;
  for (const t of required) {
    for (const l of [p.core.get(t)!, p.quote.get(t)!, p.title.get(t)!]) {
      for (let j = 0; j < l.length; j++) {
        const i = l[j]!;
        if (mark[i] === 0) {
          mark[i] = 1;
          marked++;
        }
      }
    }
  }
  const ids = new Int32Array(marked);
  for (let i = 0, n = 0; i < factCount; i++) if (mark[i]) ids[n++] = i;
  return ids;
}

/**
 * Reachable facts above this many are scored through coveredAtOnce: when a common word ("held",
 * "Turkic") is among the heaviest terms, nearly every fact is reachable, and a binary search per fact
 * and term was most of the answer time at 10,000 articles (100,000 facts, 0.1-0.25 s a question).
 */
const BULK_COVERAGE_FROM = 2000;

/**
 * What factCandidates adds up per fact (`got`: the names, each term in its core or else in its
 * sources at 0.7), for every fact at once, by walking each term's postings: the same additions in the
 * same order per fact, so the same numbers to the bit.
 */
function coveredAtOnce(a: QuestionAnalysis, p: QuestionPostings, scratch: CoverageScratch, weight: (t: string) => number, named: number): Float64Array {
  const got = scratch.got.fill(named);
  // The term (1-based position in a.terms) that last counted for each fact: one count per term.
  const counted = scratch.counted.fill(0);
  // Indexed loops: iterating typed arrays with for-of was half of this function's time.
  a.terms.forEach((t, k) => {
    const w = weight(t);
    const inSources = 0.7 * w;
    const mark = k + 1;
    const core = p.core.get(t)!;
    for (let j = 0; j < core.length; j++) {
      const i = core[j]!;
      if (counted[i] === mark) continue;
      got[i] = got[i]! + w;
      counted[i] = mark;
    }
    for (const list of [p.quote.get(t)!, p.title.get(t)!]) {
      for (let j = 0; j < list.length; j++) {
        const i = list[j]!;
        if (counted[i] === mark) continue;
        got[i] = got[i]! + inSources;
        counted[i] = mark;
      }
    }
  });
  return got;
}

/**
 * coveredAtOnce's two arrays of one entry per fact, kept between questions: at 100,000 articles they
 * are 13 MB, and made anew for each question they were a good part of its garbage. Lent to one
 * factCandidates call at a time (a nested call gets arrays of its own).
 */
interface CoverageScratch {
  got: Float64Array;
  counted: Int32Array;
  lent: boolean;
}

let coverageScratch: CoverageScratch | null = null;

function borrowScratch(factCount: number): CoverageScratch {
  if (coverageScratch && !coverageScratch.lent && coverageScratch.got.length === factCount) {
    coverageScratch.lent = true;
    return coverageScratch;
  }
  const fresh = { got: new Float64Array(factCount), counted: new Int32Array(factCount), lent: true };
  if (!coverageScratch?.lent) coverageScratch = fresh;
  return fresh;
}

const ordinalsByFact = new WeakMap<Fact, number[]>();

/** The ordinals a fact's own fields name ("38th Meeting of ..."), found once per fact. */
function factOrdinals(f: Fact): number[] {
  let hit = ordinalsByFact.get(f);
  if (!hit) ordinalsByFact.set(f, (hit = [f.subject, f.object, ...Object.values(f.qualifiers).map(String)].flatMap((t) => ordinalsOf(t))));
  return hit;
}

/**
 * The ordinals a source sentence names: stored at build time (names.json), read here directly rather
 * than through the passage scorer's per-sentence cache, which fact sources would crowd out. A
 * knowledge without stored names (built in memory) reads the text.
 */
function sentenceOrdinals(src: FactSource, knowledge: Knowledge): number[] {
  // A source the load made from a sentence position knows its article and index: no id to make and cut
  // up, and no Sentence objects made for its article (stored-articles.ts).
  if (knowledge.names && src instanceof SentenceSource) return knowledge.names.sentenceOrdinals(src.articleId, src.sentenceIndex);
  const id = src.sentenceId;
  const at = id.lastIndexOf('#');
  if (knowledge.names && at > 0) return knowledge.names.sentenceOrdinals(id.slice(0, at), Number(id.slice(at + 1)));
  return ordinalsOf(knowledge.sentences.get(id)?.text ?? '');
}

const ordinalsWithSourcesByFact = new WeakMap<Fact, Set<number>>();

/**
 * The ordinals a fact's own fields and the sentences of its first ten sources name, found once per
 * fact: an ordinal question reaches thousands of facts, most of them again at the next one.
 */
function ordinalsWithSources(f: Fact, knowledge: Knowledge): Set<number> {
  let hit = ordinalsWithSourcesByFact.get(f);
  if (!hit) {
    hit = new Set(factOrdinals(f));
    for (const src of f.sources.slice(0, 10)) for (const n of sentenceOrdinals(src, knowledge)) hit.add(n);
    ordinalsWithSourcesByFact.set(f, hit);
  }
  return hit;
}

/** Folded words of a role ("Deputy Minister of Culture" -> deputy, minister, of, culture). */
function roleWordsOf(role: string): string[] {
  return [...new Set(fold(role).split(/[^\p{L}]+/u))];
}

/**
 * Fact candidates for a question, best first. With `minCoverage`, only facts that can reach it are
 * scored (through the fact index); the candidates at or above it are the same as without. With
 * `about`, only facts passing it are kept (the caller's own filter, read before the ordinals).
 */
export function factCandidates(a: QuestionAnalysis, knowledge: Knowledge, vocab: Vocabulary, opts: { minCoverage?: number; personCountry?: string; bulkCoverageFrom?: number; about?: (at: number, fact: Fact) => boolean } = {}): Candidate[] {
  // "the Kyrgyz official": a person of that country, so only a person slot, and no role of another country.
  const personCountry = opts.personCountry;
  const wanted = personCountry ? ['person' as const] : wantedSlots(a);
  // Words that frame the question ("which organization", "what city") name no value of a fact: the
  // Organization of Turkic States is not said by "Which organization organized ...?".
  const questionTokens = new Set(a.tokens.filter((t) => !FRAME_WORDS.has(t)));
  const weight = (t: string) => vocab.idf(t);
  const named = (a.anchors.length + a.persons.length) * ANCHOR_WEIGHT;
  const total = a.terms.reduce((s, t) => s + weight(t), 0) + named;
  if (total === 0) return [];
  const cueKinds = new Set(a.terms.flatMap((t) => CUES[t] ?? []));
  const cueTerms = a.terms.filter((t) => CUES[t]);
  const out: Candidate[] = [];
  const minCoverage = opts.minCoverage ?? 0;
  const p = postingsFor(a, knowledge.factIndex);
  const facts = knowledge.facts;
  const reachable = reachableFacts(a, p, facts.length, weight, named, total, minCoverage);
  const positions = reachable ?? Array.from({ length: facts.length }, (_, i) => i);
  const askedRoleWords = a.roleWords.filter((w) => w !== 'general');
  const askedOrganizations = a.anchors.filter((x) => ORGANIZATION_NAMES.has(x));
  // "the 38th meeting": a fact about another meeting of the series is no answer, as for passages.
  const askedOrdinals = ordinalsOf(a.text);
  const holdsOrdinals = (f: Fact) => {
    const own = factOrdinals(f);
    if (askedOrdinals.every((n) => own.includes(n))) return true;
    const found = ordinalsWithSources(f, knowledge);
    return askedOrdinals.every((n) => found.has(n));
  };
  const answeringKinds = new Set((Object.keys(SLOT_TYPES_OF_KIND) as Fact['kind'][]).filter((k) => SLOT_TYPES_OF_KIND[k].some((t) => wanted.includes(t))));
  // For facts other than roles, a role word asked must start a word of the fact or its sources.
  let roleWordPostings: Int32Array[] | null = null;
  const scratch = positions.length > (opts.bulkCoverageFrom ?? BULK_COVERAGE_FROM) ? borrowScratch(facts.length) : null;
  const covered = scratch ? coveredAtOnce(a, p, scratch, weight, named) : null;
  for (let n = 0; n < positions.length; n++) {
    const i = positions[n]!;
    // The coverage bar first when it is known already: most reachable facts fail it.
    if (covered && covered[i]! / total < minCoverage) continue;
    // A fact of a kind with no slot of the type asked adds no candidate ("which city": no role). Both
    // read without making the fact: a loaded table parses it at its first read (FactTable).
    if (!answeringKinds.has(facts.kindAt(i))) continue;
    if (!factAnchorsHold(p, i)) continue;
    const f = facts.at(i);
    // "Who is the Prime Minister of Turkiye?" must not be answered by a deputy minister or by a
    // sentence that names ministers: every role word asked must be there, and no rank the question lacks.
    if (a.roleWords.length) {
      if (f.kind === 'role') {
        const roleWords = roleWordsOf(f.object);
        if (!askedRoleWords.every((w) => roleWords.some((r) => r.startsWith(w)))) continue;
        if (MODIFIERS.some((m) => roleWords.includes(m) && !questionTokens.has(m))) continue;
      } else if (!(roleWordPostings ??= askedRoleWords.map((w) => union(p.index.withWordPrefix(w)))).every((l) => holds(l, i))) continue;
    }
    // "Who is Murad Guseynov?" is about him: other people's roles named in the same sentence are not.
    if (f.kind === 'role' && a.persons.length && !a.roleWords.length && !a.persons.includes(f.subject)) continue;
    // "Who is the Secretary General of the OTS?" asks for a role holder: only a role fact names one.
    if (a.asksRoleHolder && a.roleWords.length && f.kind !== 'role' && a.target === 'person') continue;
    // A country named with a role is the role's country: "Which Azerbaijani deputy minister ...".
    if (f.kind === 'role' && f.qualifiers.country && a.roleWords.length) {
      const countries = a.anchors.filter((x) => COUNTRY_NAMES.has(x));
      if (countries.length && !countries.includes(f.qualifiers.country)) continue;
    }
    if (f.kind === 'role' && a.roleWords.length && roleOfOtherOrganization(f, askedOrganizations)) continue;
    if (personCountry && f.kind === 'role' && f.qualifiers.country && f.qualifiers.country !== personCountry) continue;
    // The relation asked ("founded", "proposed", "signed") must be what the fact is about.
    if (cueTerms.length && !cueKinds.has(f.kind) && !cueTerms.every((t) => inCore(p, t, i) || inSources(p, t, i))) continue;
    let got = named;
    if (covered) got = covered[i]!;
    else {
      for (const t of a.terms) {
        if (inCore(p, t, i)) got += weight(t);
        else if (inSources(p, t, i)) got += 0.7 * weight(t);
      }
    }
    const coverage = got / total;
    if (coverage < minCoverage) continue;
    let score = coverage;
    if (cueKinds.has(f.kind)) score += 0.25;
    else if (cueKinds.size && f.kind === 'role' && !cueKinds.has('role')) score -= 0.1;
    const answering = slotsOf(f).filter((slot) => {
      if (!wanted.includes(slot.type)) return false;
      if (slot.type === 'role' && !a.persons.some((x) => x === f.subject)) return false;
      return slot.type === 'role' || !mentionedIn(slot.value, questionTokens);
    });
    // The ordinals last: they read the fact's sources, and most facts an ordinal question reaches
    // (thousands when its words are common) have no slot of the kind asked.
    if (answering.length === 0 || (opts.about && !opts.about(i, f)) || (askedOrdinals.length && !holdsOrdinals(f))) continue;
    for (const slot of answering) {
      // "Who is Murad Guseynov?": the person is named, so the answer is the role, not the name.
      const slotBonus = wanted.indexOf(slot.type) === 0 ? 0.05 : 0;
      out.push({ fact: f, at: i, slot, score: score + slotBonus, coverage });
    }
  }
  // Given back once read (a call that threw leaves it lent: the next ones make arrays of their own).
  if (scratch) scratch.lent = false;
  return out.sort((x, y) => y.score - x.score || newest(y.fact).localeCompare(newest(x.fact)) || x.fact.id.localeCompare(y.fact.id));
}

export function newest(f: Fact): string {
  return f.sources.find((s) => s.date)?.date ?? '';
}

const valueParts = new Map<string, string[]>();

/** Is a value already said in the question? ("Who is Sultan Raev?" does not answer "Sultan Raev".) */
function mentionedIn(value: string, tokens: Set<string>): boolean {
  let parts = valueParts.get(value);
  if (!parts) {
    parts = fold(value).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !['the', 'and', 'of'].includes(w));
    // Slot values are names, dates and short phrases: bounded, but not kept without limit.
    if (valueParts.size > 200_000) valueParts.clear();
    valueParts.set(value, parts);
  }
  if (parts.length === 0) return false;
  const hits = parts.filter((p) => tokens.has(p)).length;
  return hits / parts.length >= 0.6 || (parts.length <= 2 && hits >= 1 && tokens.has(parts[parts.length - 1]!));
}

export type { Target };
