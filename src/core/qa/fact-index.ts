import type { Article, Fact, Sentence } from '../types.ts';
import { STOP_WORDS, words } from '../text.ts';
import { findGazetteerNames } from '../facts/entities.ts';
import { termsOf } from './terms.ts';

/**
 * An inverted index over the fact table, built with the index (index/fact-index.json) so that no
 * answer, first or later, derives it: postings from terms, words and names to fact positions.
 *
 * - terms (stems, with relation synonyms, as questions are analyzed) in three fields: the fact's own
 *   fields (`core`), the sentences quoting it (`quote`) and the titles of those articles (`title`);
 * - `words`: folded surface words of all three, for surnames, years and role words matched by prefix;
 * - `entities`: gazetteer names of all three, plus the fact's country.
 *
 * Postings are sorted Int32Arrays: membership is a binary search, and a fact quoted by thousands of
 * articles costs one entry per distinct term, not a copy of its text.
 */
export interface FactIndexJSON {
  /** Delta-encoded fact positions: [core, quote, title] per term. */
  terms: Record<string, [number[], number[], number[]]>;
  words: Record<string, number[]>;
  entities: Record<string, number[]>;
}

export type TermField = 'core' | 'quote' | 'title';

const EMPTY = new Int32Array(0);

/** The words a fact says by itself (not its sources): subject, relation, object and the named qualifiers. */
export function factFields(f: Fact): string[] {
  const q = f.qualifiers;
  return [f.subject, f.relation, f.object, q.place, q.venue, q.country, q.organizer, q.title, q.organization, q.by, q.unit, ...(q.participants ?? [])].filter((x): x is string => Boolean(x));
}

/** The text of a fact's own fields, with its event type and year: what `core` postings index. */
export function coreTextOf(f: Fact): string {
  const q = f.qualifiers;
  return [...factFields(f), q.eventType, q.year ? String(q.year) : ''].filter(Boolean).join(' ');
}

interface PieceKeys {
  terms: string[];
  words: string[];
  entities: string[];
}

function keysOf(text: string): PieceKeys {
  return {
    terms: [...termsOf(text)],
    words: [...new Set(words(text).filter((w) => !STOP_WORDS.has(w)))],
    entities: [...new Set(findGazetteerNames(text).map((h) => h.canonical))],
  };
}

export class FactIndex {
  private wordList: string[] | null = null;

  private constructor(
    private readonly core: Map<string, Int32Array>,
    private readonly quote: Map<string, Int32Array>,
    private readonly title: Map<string, Int32Array>,
    private readonly words: Map<string, Int32Array>,
    private readonly entities: Map<string, Int32Array>,
  ) {}

  /**
   * Builds the index for facts in this order. Each quoted sentence and title is tokenized once, however
   * many facts quote it.
   */
  static build(facts: Fact[], articles: ReadonlyMap<string, Article>, sentences: ReadonlyMap<string, Sentence>): FactIndex {
    const maps = { core: new Map<string, number[]>(), quote: new Map<string, number[]>(), title: new Map<string, number[]>(), words: new Map<string, number[]>(), entities: new Map<string, number[]>() };
    const post = (m: Map<string, number[]>, key: string, i: number) => {
      const list = m.get(key);
      if (!list) m.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    const pieces = new Map<string, PieceKeys>();
    const piece = (key: string, text: string) => {
      let p = pieces.get(key);
      if (!p) pieces.set(key, (p = keysOf(text)));
      return p;
    };
    facts.forEach((f, i) => {
      const own = keysOf(coreTextOf(f));
      for (const t of own.terms) post(maps.core, t, i);
      for (const w of own.words) post(maps.words, w, i);
      for (const e of own.entities) post(maps.entities, e, i);
      if (f.qualifiers.country) post(maps.entities, f.qualifiers.country, i);
      for (const src of f.sources) {
        const quoted = piece(`s:${src.sentenceId}`, sentences.get(src.sentenceId)?.text ?? src.sentence);
        const title = piece(`a:${src.articleId}`, articles.get(src.articleId)?.title ?? '');
        for (const [p, field] of [[quoted, maps.quote], [title, maps.title]] as const) {
          for (const t of p.terms) post(field, t, i);
          for (const w of p.words) post(maps.words, w, i);
          for (const e of p.entities) post(maps.entities, e, i);
        }
      }
    });
    const typed = (m: Map<string, number[]>) => new Map([...m].map(([k, v]) => [k, Int32Array.from(v)]));
    return new FactIndex(typed(maps.core), typed(maps.quote), typed(maps.title), typed(maps.words), typed(maps.entities));
  }

  static fromJSON(json: FactIndexJSON): FactIndex {
    const core = new Map<string, Int32Array>();
    const quote = new Map<string, Int32Array>();
    const title = new Map<string, Int32Array>();
    for (const [t, [c, q, ti]] of Object.entries(json.terms)) {
      if (c.length) core.set(t, undelta(c));
      if (q.length) quote.set(t, undelta(q));
      if (ti.length) title.set(t, undelta(ti));
    }
    const decode = (r: Record<string, number[]>) => new Map(Object.entries(r).map(([k, v]) => [k, undelta(v)]));
    return new FactIndex(core, quote, title, decode(json.words), decode(json.entities));
  }

  /** Keys sorted, postings delta-encoded: a deterministic file, about a third smaller than plain positions. */
  toJSON(): FactIndexJSON {
    const keys = [...new Set([...this.core.keys(), ...this.quote.keys(), ...this.title.keys()])].sort();
    const enc = (m: Map<string, Int32Array>, k: string) => delta(m.get(k) ?? EMPTY);
    const record = (m: Map<string, Int32Array>) => Object.fromEntries([...m.keys()].sort().map((k) => [k, delta(m.get(k)!)]));
    return {
      terms: Object.fromEntries(keys.map((k) => [k, [enc(this.core, k), enc(this.quote, k), enc(this.title, k)]])),
      words: record(this.words),
      entities: record(this.entities),
    };
  }

  /** Facts whose field holds the term. */
  withTerm(term: string, field: TermField): Int32Array {
    return this[field].get(term) ?? EMPTY;
  }

  withEntity(name: string): Int32Array {
    return this.entities.get(name) ?? EMPTY;
  }

  /** Postings of every word starting with `prefix` ("aliyev" finds "aliyev" and "aliyeva", "2019" finds "2019-2020"). */
  withWordPrefix(prefix: string): Int32Array[] {
    this.wordList ??= [...this.words.keys()].sort();
    const list = this.wordList;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: Int32Array[] = [];
    for (let i = lo; i < list.length && list[i]!.startsWith(prefix); i++) out.push(this.words.get(list[i]!)!);
    return out;
  }
}

/** Sorted positions holding any of the lists. */
export function union(lists: Int32Array[]): Int32Array {
  if (lists.length === 0) return EMPTY;
  if (lists.length === 1) return lists[0]!;
  const all = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of lists) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  return all.subarray(0, n);
}

/** Binary search in sorted postings. */
export function holds(list: Int32Array, i: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === i) return true;
    if (v < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function delta(list: Int32Array): number[] {
  const out = new Array<number>(list.length);
  let prev = 0;
  for (let j = 0; j < list.length; j++) {
    out[j] = list[j]! - prev;
    prev = list[j]!;
  }
  return out;
}

function undelta(list: number[]): Int32Array {
  const out = new Int32Array(list.length);
  let acc = 0;
  for (let j = 0; j < list.length; j++) out[j] = acc += list[j]!;
  return out;
}
