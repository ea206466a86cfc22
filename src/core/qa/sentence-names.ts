/**
 * The gazetteer names and ordinals each sentence and each title holds, found once at build time and
 * stored in index/names.json, so that checking a question's names against a passage (its sentence,
 * paragraph, title, article) is a lookup. Finding them again in every retrieved sentence, its
 * paragraph and its whole article, per question, was half of the answer time at 10,000 articles.
 *
 * A paragraph's or an article's names are the union of its sentences' names: no gazetteer alias and
 * no ordinal holds a line break, so none spans two sentences of the joined text (tested).
 *
 * The matching terms of each (termsOf) are stored the same way, and a passage's are the union of its
 * sentences' as well (no word holds a line break): taking them from the text of every sentence of the
 * articles an event question reads was a seventh of the answer time at 10,000 articles.
 */
import type { Article } from '../types.ts';
import { findGazetteerNames } from '../facts/entities.ts';
import { ORDINAL_WORDS } from '../facts/lexicon.ts';
import { decodeArray, encodeArray } from '../packed-arrays.ts';
import { termsOf } from './terms.ts';
import { sentenceCount } from '../stored-articles.ts';

/** The lexicon's ordinal words, without "first" (see ordinalsOf), and "twentieth". */
const QUESTION_ORDINALS: Record<string, number> = { ...Object.fromEntries(Object.entries(ORDINAL_WORDS).filter(([w]) => w !== 'first')), twentieth: 20 };

/** True of every text ordinalsOf finds an ordinal in (and of some others). */
const MAY_HOLD_ORDINAL = new RegExp(`\\d(?:st|nd|rd|th)|${Object.keys(QUESTION_ORDINALS).join('|')}`, 'i');

/**
 * Ordinals a text names ("the third meeting", "37th session", "II Forum"): a question about the third
 * meeting is not answered from an article about the second. "first" is left out: it is as often "for
 * the first time" as a number.
 */
export function ordinalsOf(text: string): number[] {
  // Most texts name none: one scan for anything that could be one, before reading word by word
  // (every fact an event question reaches is read so, a tenth of such a question's time).
  if (!MAY_HOLD_ORDINAL.test(text)) return [];
  const out = new Set<number>();
  for (const m of text.matchAll(/\b(\d{1,3})(?:st|nd|rd|th)\b|\b([A-Za-z]+)\b/g)) {
    if (m[1]) {
      if (m[1] !== '1') out.add(Number(m[1]));
    } else {
      const n = QUESTION_ORDINALS[m[2]!.toLowerCase()];
      if (n) out.add(n);
    }
  }
  return [...out];
}

/** The canonical gazetteer names a text holds. */
export function anchorsOf(text: string): Set<string> {
  return new Set(findGazetteerNames(text).map((h) => h.canonical));
}

/** The matching terms of a passage, as the answer path asks them: whether it holds a term. */
export interface TermSet {
  has(term: string): boolean;
}

/** What a passage names: gazetteer names (canonical) and ordinals. */
export interface PassageNames {
  anchors: Set<string>;
  ordinals: number[];
}

/**
 * index/names.json. Documents are every sentence in corpus order (each article's together, as
 * articles.json lists them), then each article's title, in article order.
 */
export interface SentenceNamesJSON {
  /** Canonical gazetteer names the documents hold, sorted: the ids below are positions in it. */
  anchors: string[];
  documentCount: number;
  /** Uint16 LE, one per document: how many distinct anchors it holds. */
  anchorCounts: Uint8Array;
  /** Uint16 LE: anchor ids, document after document, ascending within one. */
  anchorIds: Uint8Array;
  /** Uint16 LE, one per document: how many distinct ordinals it holds. */
  ordinalCounts: Uint8Array;
  /** Uint16 LE: the ordinals, document after document, in the order the text gives them. */
  ordinals: Uint8Array;
  /** Matching terms (termsOf) the documents hold, sorted: the ids below are positions in it. */
  terms: string[];
  /** Uint16 LE, one per document: how many distinct terms it holds. */
  termCounts: Uint8Array;
  /**
   * Term ids, document after document, ascending within one: Uint16 LE where the terms allow (30,000 at
   * 10,000 articles), else Int32 LE. Viewed as they lie; as delta-coded varints (schema 11) their
   * decoding was a tenth of the load.
   */
  termIds: Uint8Array;
}

export class SentenceNames {
  private constructor(
    private readonly anchors: readonly string[],
    /** Documents + 1 entries: anchors of document d are anchorIds[anchorStart[d], anchorStart[d + 1]). */
    private readonly anchorStart: Uint32Array,
    private readonly anchorIds: Uint16Array,
    private readonly ordinalStart: Uint32Array,
    private readonly ordinalValues: Uint16Array,
    /** Article id -> its first sentence's document and its title's document. */
    private readonly docsOf: ReadonlyMap<string, { first: number; title: number }>,
    private readonly terms: readonly string[],
    /** Documents + 1 entries: terms of document d are termIds[termStart[d], termStart[d + 1]), ascending. */
    private readonly termStart: Uint32Array,
    private readonly termIds: Int32Array | Uint16Array,
  ) {}

  /** Term -> its id, made at the first question (a map of every term is no part of getting ready). */
  private termIdOf_?: Map<string, number>;

  /** Articles in corpus order, as the index lists them. */
  static build(articles: readonly Article[]): SentenceNames {
    for (const a of articles) a.sentences.forEach((s, i) => {
      if (s.index !== i) throw new Error(`names: sentence ${s.id} is at position ${i} of its article`);
    });
    const texts = [...articles.flatMap((a) => a.sentences.map((s) => s.text)), ...articles.map((a) => a.title ?? '')];
    const found = texts.map((t) => ({ anchors: [...anchorsOf(t)], ordinals: ordinalsOf(t), terms: [...termsOf(t)] }));
    const anchors = [...new Set(found.flatMap((f) => f.anchors))].sort();
    if (anchors.length > 0xffff) throw new Error(`names: ${anchors.length} gazetteer names, more than 16-bit ids hold`);
    const idOf = new Map(anchors.map((a, i) => [a, i]));
    const anchorCounts = new Uint16Array(texts.length);
    const ordinalCounts = new Uint16Array(texts.length);
    const ids: number[] = [];
    const values: number[] = [];
    found.forEach((f, d) => {
      anchorCounts[d] = f.anchors.length;
      ordinalCounts[d] = f.ordinals.length;
      ids.push(...f.anchors.map((a) => idOf.get(a)!).sort((x, y) => x - y));
      for (const n of f.ordinals) {
        if (n > 0xffff) throw new Error(`names: ordinal ${n} does not fit 16 bits`);
        values.push(n);
      }
    });
    const terms = [...new Set(found.flatMap((f) => f.terms))].sort();
    const termIdOf = new Map(terms.map((t, i) => [t, i]));
    const termCounts = new Uint16Array(texts.length);
    const termIds: number[] = [];
    found.forEach((f, d) => {
      if (f.terms.length > 0xffff) throw new Error(`names: ${f.terms.length} terms in one text, more than a 16-bit count holds`);
      termCounts[d] = f.terms.length;
      for (const id of f.terms.map((t) => termIdOf.get(t)!).sort((x, y) => x - y)) termIds.push(id);
    });
    return new SentenceNames(anchors, startsOf(anchorCounts), Uint16Array.from(ids), startsOf(ordinalCounts), Uint16Array.from(values), docsOf(articles), terms, startsOf(termCounts), Int32Array.from(termIds));
  }

  static fromJSON(json: SentenceNamesJSON, articles: readonly Article[]): SentenceNames {
    const docs = docsOf(articles);
    const expected = articles.reduce((n, a) => n + sentenceCount(a) + 1, 0);
    if (json.documentCount !== expected) throw new Error(`names.json holds ${json.documentCount} documents, the articles give ${expected}`);
    const anchorCounts = decodeArray(json.anchorCounts, Uint16Array);
    const ordinalCounts = decodeArray(json.ordinalCounts, Uint16Array);
    const anchorIds = decodeArray(json.anchorIds, Uint16Array);
    const ordinalValues = decodeArray(json.ordinals, Uint16Array);
    const anchorStart = startsOf(anchorCounts);
    const ordinalStart = startsOf(ordinalCounts);
    if (anchorCounts.length !== expected || ordinalCounts.length !== expected || anchorStart[expected] !== anchorIds.length || ordinalStart[expected] !== ordinalValues.length) {
      throw new Error('names.json arrays do not fit together');
    }
    for (const id of anchorIds) if (id >= json.anchors.length) throw new Error(`names.json names anchor ${id} of ${json.anchors.length}`);
    const termStart = startsOf(decodeArray(json.termCounts, Uint16Array));
    if (termStart.length !== expected + 1) throw new Error('names.json arrays do not fit together');
    // 16-bit ids where the terms allow (30,000 at 10,000 articles): 3 million ids take 6 MB so, 12 as Int32.
    const termIds = json.terms.length <= 0x10000 ? decodeArray(json.termIds, Uint16Array) : decodeArray(json.termIds, Int32Array);
    if (termIds.length !== termStart[expected]) throw new Error('names.json arrays do not fit together');
    for (let i = 0; i < termIds.length; i++) {
      if (termIds[i]! >= json.terms.length || termIds[i]! < 0) throw new Error(`names.json names term ${termIds[i]} of ${json.terms.length}`);
    }
    return new SentenceNames(json.anchors, anchorStart, anchorIds, ordinalStart, ordinalValues, docs, json.terms, termStart, termIds);
  }

  toJSON(): SentenceNamesJSON {
    return {
      anchors: [...this.anchors],
      documentCount: this.anchorStart.length - 1,
      anchorCounts: encodeArray(countsOf(this.anchorStart)),
      anchorIds: encodeArray(this.anchorIds),
      ordinalCounts: encodeArray(countsOf(this.ordinalStart)),
      ordinals: encodeArray(this.ordinalValues),
      terms: [...this.terms],
      termCounts: encodeArray(countsOf(this.termStart)),
      termIds: encodeArray(this.terms.length <= 0x10000 ? Uint16Array.from(this.termIds) : Int32Array.from(this.termIds)),
    };
  }

  /**
   * The matching terms of some sentences of one article together (by their index in it), or of its
   * title: termsOf their text. An article the index does not hold holds no term.
   */
  termsIn(articleId: string, sentences: readonly number[] | 'title'): TermSet {
    const docs = this.docsOf.get(articleId);
    if (!docs) return NO_TERMS;
    return new StoredTerms(this, sentences === 'title' ? [docs.title] : sentences.map((i) => docs.first + i));
  }

  /** The id of a term, or -1 for one no document holds. */
  termId(term: string): number {
    if (!this.termIdOf_) {
      const ids = new Map<string, number>();
      this.terms.forEach((t, i) => ids.set(t, i));
      this.termIdOf_ = ids;
    }
    return this.termIdOf_.get(term) ?? -1;
  }

  /** Document `d` holds the term of id `id` (a binary search of its ascending ids). */
  documentHasTerm(d: number, id: number): boolean {
    let lo = this.termStart[d]!;
    let hi = this.termStart[d + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.termIds[mid]!;
      if (at === id) return true;
      if (at < id) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  /** The document of a sentence (by its index in its article) or of the article's title; -1 for an article the index does not hold. */
  documentOf(articleId: string, sentence: number | 'title'): number {
    const docs = this.docsOf.get(articleId);
    return !docs ? -1 : sentence === 'title' ? docs.title : docs.first + sentence;
  }

  /** Whether one sentence (by its index in its article) holds a gazetteer name; true for an article the index does not hold. */
  holdsAnchors(articleId: string, index: number): boolean {
    const docs = this.docsOf.get(articleId);
    if (!docs) return true;
    const d = docs.first + index;
    return this.anchorStart[d] !== this.anchorStart[d + 1];
  }

  /** The ordinals one sentence names (ordinalsOf its text), without the rest of its names. */
  sentenceOrdinals(articleId: string, index: number): number[] {
    const docs = this.docsOf.get(articleId);
    if (!docs) return [];
    const d = docs.first + index;
    return Array.from(this.ordinalValues.subarray(this.ordinalStart[d], this.ordinalStart[d + 1]));
  }

  /**
   * The names of some sentences of one article together (by their index in it), or of its title. An
   * article the index does not hold names nothing.
   */
  of(articleId: string, sentences: readonly number[] | 'title'): PassageNames {
    const docs = this.docsOf.get(articleId);
    if (!docs) return { anchors: new Set(), ordinals: [] };
    const list = sentences === 'title' ? [docs.title] : sentences.map((i) => docs.first + i);
    if (list.length === 1 && this.anchorStart[list[0]!] === this.anchorStart[list[0]! + 1] && this.ordinalStart[list[0]!] === this.ordinalStart[list[0]! + 1]) {
      return { anchors: new Set(), ordinals: [] };
    }
    const anchors = new Set<string>();
    const ordinals = new Set<number>();
    for (const d of list) {
      for (let i = this.anchorStart[d]!; i < this.anchorStart[d + 1]!; i++) anchors.add(this.anchors[this.anchorIds[i]!]!);
      for (let i = this.ordinalStart[d]!; i < this.ordinalStart[d + 1]!; i++) ordinals.add(this.ordinalValues[i]!);
    }
    return { anchors, ordinals: [...ordinals] };
  }
}

const NO_TERMS: TermSet = { has: () => false };

/** The stored terms of one or more documents read as one text. */
class StoredTerms implements TermSet {
  constructor(
    private readonly names: SentenceNames,
    private readonly documents: readonly number[],
  ) {}

  has(term: string): boolean {
    const id = this.names.termId(term);
    if (id < 0) return false;
    for (const d of this.documents) if (this.names.documentHasTerm(d, id)) return true;
    return false;
  }
}

/** Prefix sums: counts.length + 1 starts. */
function startsOf(counts: Uint16Array): Uint32Array {
  const starts = new Uint32Array(counts.length + 1);
  for (let d = 0; d < counts.length; d++) starts[d + 1] = starts[d]! + counts[d]!;
  return starts;
}

function countsOf(starts: Uint32Array): Uint16Array {
  const counts = new Uint16Array(starts.length - 1);
  for (let d = 0; d < counts.length; d++) counts[d] = starts[d + 1]! - starts[d]!;
  return counts;
}

function docsOf(articles: readonly Article[]): Map<string, { first: number; title: number }> {
  const out = new Map<string, { first: number; title: number }>();
  let first = 0;
  const sentences = articles.reduce((n, a) => n + sentenceCount(a), 0);
  articles.forEach((a, i) => {
    out.set(a.id, { first, title: sentences + i });
    first += sentenceCount(a);
  });
  return out;
}
