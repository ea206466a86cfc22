import type { Article, Fact, Sentence } from '../types.ts';
import { STOP_WORDS, words } from '../text.ts';
import { findGazetteerNames } from '../facts/entities.ts';
import { termsOf } from './terms.ts';
import { decodeArray, decodeRun, encodeArray, encodeRuns, runByteStarts } from '../packed-arrays.ts';

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
/**
 * index/fact-index.json: one table of postings per kind of key. Numbers in JSON arrays (4 million at
 * 10,000 articles) took a fifth of a second to parse and a typed array of their own per key; packed
 * (varints, about the same size), a load is a decode, and a lookup a binary search in the sorted keys
 * and a view of one array.
 */
export interface FactIndexJSON {
  core: PostingsJSON;
  quote: PostingsJSON;
  title: PostingsJSON;
  words: PostingsJSON;
  entities: PostingsJSON;
}

export interface PostingsJSON {
  /** Sorted (code unit order). */
  keys: string[];
  /** Uint32 LE, keys.length + 1 entries: the facts of key k are positions[offsets[k], offsets[k + 1]). */
  offsets: Uint8Array;
  /** Fact positions, ascending within a key: each key's delta-coded from 0 as varints (encodeRuns). */
  positions: Uint8Array;
  /**
   * Uint32 LE, keys.length + 1 entries: where each key's varints start in `positions` (runByteStarts).
   * Found at load by reading every varint, they were a tenth of the load at 10,000 articles.
   */
  byteStarts: Uint8Array;
}

/**
 * Postings of sorted keys. Built, in two arrays; loaded, as the file's varints, each key's decoded
 * when first asked for and kept in a bounded cache: decoded whole, the positions were 32 MB of the
 * memory a bot holds at 10,000 articles (7 MB packed), and their decoding a tenth of the load.
 */
class Postings {
  constructor(
    readonly keys: readonly string[],
    private readonly offsets: Uint32Array,
    private readonly positions: Int32Array | null,
    private readonly packed: { bytes: Uint8Array; byteStarts: Uint32Array; cache: DecodedPostings; table: number } | null = null,
  ) {}

  static fromMap(m: ReadonlyMap<string, readonly number[]>): Postings {
    const keys = [...m.keys()].sort();
    const offsets = new Uint32Array(keys.length + 1);
    keys.forEach((k, i) => (offsets[i + 1] = offsets[i]! + m.get(k)!.length));
    const positions = new Int32Array(offsets[keys.length]!);
    keys.forEach((k, i) => positions.set(m.get(k)!, offsets[i]!));
    return new Postings(keys, offsets, positions);
  }

  static fromJSON(json: PostingsJSON, name: string, cache: DecodedPostings, table: number): Postings {
    const offsets = decodeArray(json.offsets, Uint32Array);
    if (offsets.length !== json.keys.length + 1) throw new Error(`fact index: ${name} arrays do not fit together`);
    const bytes = json.positions;
    const byteStarts = decodeArray(json.byteStarts, Uint32Array);
    if (byteStarts.length !== offsets.length || byteStarts[0] !== 0 || byteStarts[json.keys.length] !== bytes.length) throw new Error(`fact index: ${name} arrays do not fit together`);
    // Each posting takes one to five bytes: what a lookup reads stays inside its key's varints.
    for (let k = 0; k < json.keys.length; k++) {
      const count = offsets[k + 1]! - offsets[k]!;
      const size = byteStarts[k + 1]! - byteStarts[k]!;
      if (count < 0 || size < count || size > 5 * count) throw new Error(`fact index: ${name} postings of key ${k} do not fit their bytes`);
    }
    return new Postings(json.keys, offsets, null, { bytes, byteStarts, cache, table });
  }

  toJSON(): PostingsJSON {
    const positions = this.positions ?? new Int32Array(this.offsets[this.keys.length] ?? 0);
    if (!this.positions) this.keys.forEach((_, k) => positions.set(this.at(k), this.offsets[k]!));
    const bytes = encodeRuns(positions, this.offsets);
    return { keys: [...this.keys], offsets: encodeArray(this.offsets), positions: bytes, byteStarts: encodeArray(runByteStarts(bytes, this.offsets)) };
  }

  /** Position of a key in the sorted keys, or of the first key after it: `lowerBound`. */
  lowerBound(key: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The postings of the key at position k. */
  at(k: number): Int32Array {
    if (this.positions) return this.positions.subarray(this.offsets[k]!, this.offsets[k + 1]!);
    const packed = this.packed!;
    const key = k * TABLES + packed.table;
    let hit = packed.cache.get(key);
    if (!hit) {
      hit = decodeRun(packed.bytes, packed.byteStarts[k]!, this.offsets[k + 1]! - this.offsets[k]!);
      packed.cache.set(key, hit);
    }
    return hit;
  }

  get(key: string): Int32Array | undefined {
    const k = this.lowerBound(key);
    return this.keys[k] === key ? this.at(k) : undefined;
  }
}

/** The five tables of postings (core, quote, title, words, entities) share one cache. */
const TABLES = 5;

/**
 * Decoded postings of a loaded index, least recently used evicted first, bounded in positions (4 bytes
 * each). The bound grows with the fact table: at 100,000 articles a common word's postings hold
 * 940,000 facts, and the questions' working set is about 15 million positions (100 questions, 634
 * keys); a bound of a million per table, emptied whenever it filled, decoded 8 million positions per
 * question, a third of the answer time and most of its garbage.
 */
export class DecodedPostings {
  private readonly map = new Map<number, Int32Array>();
  private size = 0;

  constructor(readonly limit: number) {}

  get(key: number): Int32Array | undefined {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      // Most recently used last: Map keeps insertion order.
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }

  set(key: number, postings: Int32Array): void {
    if (postings.length > this.limit) return;
    this.map.set(key, postings);
    this.size += postings.length;
    for (const [oldest, list] of this.map) {
      if (this.size <= this.limit) break;
      this.map.delete(oldest);
      this.size -= list.length;
    }
  }

  /** Positions held. */
  get held(): number {
    return this.size;
  }
}

/** Positions kept decoded per fact in the table (16 per fact: 71 MB at 1.1 million facts), and at least a million. */
const DECODED_PER_FACT = 16;
const DECODED_MIN = 1 << 20;

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
  private constructor(
    private readonly core: Postings,
    private readonly quote: Postings,
    private readonly title: Postings,
    private readonly words: Postings,
    private readonly entities: Postings,
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
    const packed = (m: Map<string, number[]>) => Postings.fromMap(m);
    return new FactIndex(packed(maps.core), packed(maps.quote), packed(maps.title), packed(maps.words), packed(maps.entities));
  }

  /** `factCount`: the facts the index is over, which sizes the cache of decoded postings. */
  static fromJSON(json: FactIndexJSON, factCount = 0): FactIndex {
    const cache = new DecodedPostings(Math.max(DECODED_MIN, DECODED_PER_FACT * factCount));
    const names = ['core', 'quote', 'title', 'words', 'entities'] as const;
    const field = (name: keyof FactIndexJSON) => {
      if (!json[name]) throw new Error(`fact index: no ${name} postings`);
      return Postings.fromJSON(json[name], name, cache, names.indexOf(name));
    };
    return new FactIndex(field('core'), field('quote'), field('title'), field('words'), field('entities'));
  }

  toJSON(): FactIndexJSON {
    return { core: this.core.toJSON(), quote: this.quote.toJSON(), title: this.title.toJSON(), words: this.words.toJSON(), entities: this.entities.toJSON() };
  }

  /** Facts whose field holds the term. */
  withTerm(term: string, field: TermField): Int32Array {
    return this[field].get(term) ?? EMPTY;
  }

  /** Facts whose own fields, quotes or titles hold this folded word. */
  withWord(word: string): Int32Array {
    return this.words.get(word) ?? EMPTY;
  }

  withEntity(name: string): Int32Array {
    return this.entities.get(name) ?? EMPTY;
  }

  /** Postings of every word starting with `prefix` ("aliyev" finds "aliyev" and "aliyeva", "2019" finds "2019-2020"). */
  withWordPrefix(prefix: string): Int32Array[] {
    const list = this.words.keys;
    const out: Int32Array[] = [];
    for (let i = this.words.lowerBound(prefix); i < list.length && list[i]!.startsWith(prefix); i++) out.push(this.words.at(i));
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

/**
 * The positions in every one of the sorted lists (at least one) that `keep` accepts, ascending: the
 * shortest list walked, the others looked up. Indexed loops: for-of over a typed array is several
 * times slower, and these hold up to a million.
 */
export function inEvery(lists: readonly Int32Array[], keep: (i: number) => boolean = () => true): number[] {
  const [shortest, ...others] = [...lists].sort((x, y) => x.length - y.length);
  const out: number[] = [];
  for (let j = 0; j < shortest!.length; j++) {
    const i = shortest![j]!;
    if (others.every((l) => holds(l, i)) && keep(i)) out.push(i);
  }
  return out;
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
