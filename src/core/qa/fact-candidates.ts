import type { Fact } from '../types.ts';
import type { Knowledge } from '../knowledge.ts';
import { fold, humanDate } from '../text.ts';
import { findGazetteerNames } from '../facts/entities.ts';
import { COUNTRIES } from '../gazetteer.ts';
import { termsOf, type QuestionAnalysis, type Target } from './analyze-question.ts';
import type { Vocabulary } from './vocabulary.ts';

export type SlotType = 'person' | 'org' | 'place' | 'date' | 'number' | 'thing' | 'role';

export interface Slot {
  type: SlotType;
  value: string;
  /** For ordering lists and picking the newest: a year or ISO date when the slot has one. */
  sortKey?: string;
}

export interface Candidate {
  fact: Fact;
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
    case 'decision':
    case 'topic':
    case 'purpose':
      return [{ type: 'thing', value: f.object }];
  }
}

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
};

/** The words a fact says by itself (not its sources): subject, relation, object and the named qualifiers. */
export function factFields(f: Fact): string[] {
  const q = f.qualifiers;
  return [f.subject, f.relation, f.object, q.place, q.venue, q.country, q.organizer, q.title, q.organization, q.by, q.unit, ...(q.participants ?? [])].filter((x): x is string => Boolean(x));
}

interface FactView {
  core: Set<string>;
  sentence: Set<string>;
  entities: Set<string>;
  text: string;
}

const views = new WeakMap<Fact, FactView>();

interface PieceView {
  entities: string[];
  terms: Set<string>;
}

/**
 * Gazetteer names and terms of one sentence or title, shared by every fact that quotes it: a famous
 * person's role fact quotes hundreds of sentences, and findGazetteerNames folds letter by letter.
 * Names never span two pieces (sentences end in punctuation; words do not cross the joining space),
 * so the union over pieces is what a scan of the joined text finds.
 */
const pieceCaches = new WeakMap<Knowledge, Map<string, PieceView>>();

function pieceView(text: string, cache: Map<string, PieceView>): PieceView {
  let v = cache.get(text);
  if (!v) {
    v = { entities: [...new Set(findGazetteerNames(text).map((h) => h.canonical))], terms: termsOf(text) };
    cache.set(text, v);
  }
  return v;
}

function viewOf(f: Fact, knowledge: Knowledge): FactView {
  const hit = views.get(f);
  if (hit) return hit;
  let cache = pieceCaches.get(knowledge);
  if (!cache) pieceCaches.set(knowledge, (cache = new Map()));
  const q = f.qualifiers;
  const coreText = [...factFields(f), q.eventType, q.year ? String(q.year) : ''].filter(Boolean).join(' ');
  const sentences = f.sources.map((s) => s.sentence);
  const titles = f.sources.map((s) => knowledge.articles.get(s.articleId)?.title ?? '');
  const text = `${coreText} ${sentences.join(' ')} ${titles.join(' ')}`;
  const entities = new Set(findGazetteerNames(coreText).map((h) => h.canonical));
  const sentence = new Set<string>();
  for (const piece of [...sentences, ...titles]) {
    if (!piece) continue;
    const pv = pieceView(piece, cache);
    for (const e of pv.entities) entities.add(e);
    for (const t of pv.terms) sentence.add(t);
  }
  if (q.country) entities.add(q.country);
  const v: FactView = { core: termsOf(coreText), sentence, entities, text: fold(text) };
  views.set(f, v);
  return v;
}

/** Weight of a name the question gives (and the fact holds): about that of a rare word. */
export const ANCHOR_WEIGHT = 2.5;
const COUNTRY_NAMES = new Set(COUNTRIES.map((c) => c.name));

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

/**
 * Postings from terms, anchors, surnames and years to facts, built once per Knowledge. Scanning every
 * fact per question cost O(facts): about 25,000 fact views per question at 10,000 articles.
 */
interface FactIndex {
  byTerm: Map<string, number[]>;
  byEntity: Map<string, number[]>;
  /** Folded substrings looked up with `includes` (surnames, years): filled on first use, by a scan. */
  bySubstring: Map<string, number[]>;
}

const indexes = new WeakMap<Knowledge, FactIndex>();

function factIndexOf(knowledge: Knowledge): FactIndex {
  const hit = indexes.get(knowledge);
  if (hit) return hit;
  const byTerm = new Map<string, number[]>();
  const byEntity = new Map<string, number[]>();
  const post = (m: Map<string, number[]>, k: string, i: number) => {
    const list = m.get(k);
    if (!list) m.set(k, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  knowledge.facts.forEach((f, i) => {
    const v = viewOf(f, knowledge);
    for (const t of v.core) post(byTerm, t, i);
    for (const t of v.sentence) post(byTerm, t, i);
    for (const e of v.entities) post(byEntity, e, i);
  });
  const index: FactIndex = { byTerm, byEntity, bySubstring: new Map() };
  indexes.set(knowledge, index);
  return index;
}

function substringPostings(knowledge: Knowledge, index: FactIndex, needle: string): number[] {
  let list = index.bySubstring.get(needle);
  if (!list) {
    list = [];
    for (let i = 0; i < knowledge.facts.length; i++) if (viewOf(knowledge.facts[i]!, knowledge).text.includes(needle)) list.push(i);
    index.bySubstring.set(needle, list);
  }
  return list;
}

/**
 * The facts that can reach `minCoverage`, in fact order, or null when any fact might (then all are
 * scored). A fact must pass anchorsHold, so it is in the postings of every anchor, surname and year;
 * and when the names alone cannot reach the bar, it must hold one of the heaviest terms: without them
 * even a full match of the rest stays below it.
 */
function reachableFacts(a: QuestionAnalysis, knowledge: Knowledge, weight: (t: string) => number, named: number, total: number, minCoverage: number): number[] | null {
  if (minCoverage <= 0) return null;
  const index = factIndexOf(knowledge);
  const lists: number[][] = [];
  for (const anchor of a.anchors) lists.push(index.byEntity.get(anchor) ?? []);
  for (const p of a.persons) lists.push(substringPostings(knowledge, index, fold(p).split(/\s+/).pop()!));
  if (a.year !== undefined) lists.push(substringPostings(knowledge, index, String(a.year)));
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
  const n = knowledge.facts.length;
  let ids: number[];
  if (lists.length) {
    // Facts in every list: counted with one array, no sets.
    lists.sort((x, y) => x.length - y.length);
    if (lists.length === 1) ids = lists[0]!;
    else {
      const count = new Uint8Array(n);
      for (let l = 1; l < lists.length; l++) for (const i of lists[l]!) if (count[i] === l - 1) count[i] = l;
      ids = lists[0]!.filter((i) => count[i] === lists.length - 1);
    }
    if (required.length) {
      ids = ids.filter((i) => {
        const v = viewOf(knowledge.facts[i]!, knowledge);
        return required.some((t) => v.core.has(t) || v.sentence.has(t));
      });
    }
  } else {
    const mark = new Uint8Array(n);
    for (const t of required) for (const i of index.byTerm.get(t) ?? []) mark[i] = 1;
    ids = [];
    for (let i = 0; i < n; i++) if (mark[i]) ids.push(i);
  }
  return ids;
}

/** Distinct words of what a role question is checked against, per fact (splitting a long text per question was a hot spot). */
const roleWordCache = new WeakMap<Fact, string[]>();

function roleWordsOf(f: Fact, v: FactView): string[] {
  let words = roleWordCache.get(f);
  if (!words) roleWordCache.set(f, (words = [...new Set((f.kind === 'role' ? fold(f.object) : v.text).split(/[^\p{L}]+/u))]));
  return words;
}

/**
 * Fact candidates for a question, best first. With `minCoverage`, only facts that can reach it are
 * scored (through the fact index); the candidates at or above it are the same as without.
 */
export function factCandidates(a: QuestionAnalysis, knowledge: Knowledge, vocab: Vocabulary, opts: { minCoverage?: number } = {}): Candidate[] {
  const wanted = wantedSlots(a);
  const questionTokens = new Set(a.tokens);
  const weight = (t: string) => vocab.idf(t);
  const named = (a.anchors.length + a.persons.length) * ANCHOR_WEIGHT;
  const total = a.terms.reduce((s, t) => s + weight(t), 0) + named;
  if (total === 0) return [];
  const cueKinds = new Set(a.terms.flatMap((t) => CUES[t] ?? []));
  const cueTerms = a.terms.filter((t) => CUES[t]);
  const out: Candidate[] = [];
  const minCoverage = opts.minCoverage ?? 0;
  const reachable = reachableFacts(a, knowledge, weight, named, total, minCoverage);
  const facts = reachable ? reachable.map((i) => knowledge.facts[i]!) : knowledge.facts;
  for (const f of facts) {
    const v = viewOf(f, knowledge);
    if (!anchorsHold(a, v.entities, v.text)) continue;
    // "Who is the Prime Minister of Turkiye?" must not be answered by a deputy minister or by a
    // sentence that names ministers: every role word asked must be there, and no rank the question lacks.
    if (a.roleWords.length) {
      const roleWords = roleWordsOf(f, v);
      const asked = a.roleWords.filter((w) => w !== 'general');
      if (!asked.every((w) => roleWords.some((r) => r.startsWith(w)))) continue;
      if (f.kind === 'role' && MODIFIERS.some((m) => roleWords.includes(m) && !questionTokens.has(m))) continue;
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
    // The relation asked ("founded", "proposed", "signed") must be what the fact is about.
    if (cueTerms.length && !cueKinds.has(f.kind) && !cueTerms.every((t) => v.core.has(t) || v.sentence.has(t))) continue;
    let got = named;
    for (const t of a.terms) {
      if (v.core.has(t)) got += weight(t);
      else if (v.sentence.has(t)) got += 0.7 * weight(t);
    }
    const coverage = got / total;
    if (coverage < minCoverage) continue;
    let score = coverage;
    if (cueKinds.has(f.kind)) score += 0.25;
    else if (cueKinds.size && f.kind === 'role' && !cueKinds.has('role')) score -= 0.1;
    for (const slot of slotsOf(f)) {
      if (!wanted.includes(slot.type)) continue;
      if (slot.type === 'role' && !a.persons.some((p) => p === f.subject)) continue;
      if (slot.type !== 'role' && mentionedIn(slot.value, questionTokens)) continue;
      // "Who is Murad Guseynov?": the person is named, so the answer is the role, not the name.
      const slotBonus = wanted.indexOf(slot.type) === 0 ? 0.05 : 0;
      out.push({ fact: f, slot, score: score + slotBonus, coverage });
    }
  }
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
