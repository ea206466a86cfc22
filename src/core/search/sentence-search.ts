import { STOP_WORDS, words } from '../text.ts';
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { decodeArray as decode, encodeArray as encode, grown } from '../packed-arrays.ts';

/** What one search document holds: a sentence, with its article's title for context. */
export interface SentenceDoc {
  id: string;
  text: string;
  title: string;
}

/** Sentences (or anything with their id) by position: an array of them, or a loaded index's positions (stored-facts.ts, SentencesAt). */
export interface SentenceIds {
  readonly length: number;
  at(position: number): { readonly id: string } | undefined;
}

export interface SentenceHit {
  id: string;
  score: number;
  /** Query terms (stemmed) that matched this sentence. */
  terms: string[];
}

const stems = new Map<string, string>();

/**
 * Stem of a folded word; the same function runs at build and at query time. Memoized: the Porter
 * stemmer was a fifth of the build time on 4,000 articles, and a corpus has few distinct words.
 */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /^\d/.test(word) ? word : porter.stem(word);
    // A bound keeps a stream of junk words (pasted questions) from growing it forever.
    if (stems.size < 500_000) stems.set(word, s);
  }
  return s;
}

/**
 * The stored form of the search index (search.json): postings as typed arrays (their bytes in
 * search.bin, index-blobs.ts). Loading is a JSON.parse of the terms and views of the bytes, where MiniSearch's loadJS
 * rebuilt a radix tree and a Map per term per field from JSON objects (at 10,000 seed-length articles
 * the largest part of the index load, and of the memory the index kept).
 */
export interface SentenceSearchJSON {
  stopTerms: string[];
  /** Indexed terms, sorted (code unit order). */
  terms: string[];
  /** Documents: the sentences, then one per article title. */
  documentCount: number;
  /** MiniSearch's running average of the distinct tokens per document, kept bit for bit. */
  avgFieldLength: number;
  /** Uint32 little-endian, terms.length + 1 entries: the postings of term t are [offsets[t], offsets[t + 1]). */
  offsets: Uint8Array;
  /** Uint32 little-endian: document of each posting, ascending within a term. */
  docs: Uint8Array;
  /** Uint16 little-endian: occurrences of the term in that document. */
  freqs: Uint8Array;
  /** Uint16 little-endian, one per document: its distinct tokens (MiniSearch's field length). */
  lengths: Uint8Array;
}

export const COMMON_TERM_MIN_DOCS = 2000;
export const COMMON_TERM_RATIO = 0.05;

/** How much less a title's words weigh than a sentence's own. */
const TITLE_WEIGHT = 0.25;
/** MiniSearch's BM25+ parameters, which the ranking was tuned with. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * Terms dropped from the index and from queries: stop words, plus the terms found in more than
 * `commonTermRatio` of the sentences of a large corpus ("turkic", "culture" in ours). A search scores
 * every sentence holding any query term, so such terms cost much and tell little.
 */
function termOf(word: string, stopTerms: ReadonlySet<string>): string | null {
  if (STOP_WORDS.has(word)) return null;
  const s = stem(word);
  return stopTerms.has(s) ? null : s;
}

/**
 * Full-text search over sentences, ranked exactly as MiniSearch 7 ranked them (BM25+ over one field,
 * OR of the query terms, the score times the number of distinct query terms matched, ties in the order
 * MiniSearch met the documents), on an inverted index of its own: sorted terms and postings in typed
 * arrays. Each sentence is a document at its position in the corpus, then each article's title is one
 * document, after all sentences: a title stands for all its article's sentences (indexed with each of
 * them, as it once was, it tripled the postings a search walks).
 *
 * Only exact stems are searched (`searchStems`): the caller corrects typos and expands concepts first.
 */
export class SentenceSearch {
  /** Score per document during one search, zeroed again after it. */
  private readonly acc: Float64Array;
  /** Distinct query terms matched per document during one search. */
  private readonly quality: Uint16Array;
  /**
   * The documents one search met, in order, and their scores for the cut (kthLargest): kept between
   * searches and grown as needed, since a query of common words at 100,000 articles meets a million.
   */
  private met: Int32Array = new Int32Array(1024);
  private scores: Float64Array = new Float64Array(0);

  private constructor(
    readonly stopTerms: ReadonlySet<string>,
    private readonly terms: readonly string[],
    private readonly offsets: Uint32Array,
    private readonly docs: Uint32Array,
    private readonly freqs: Uint16Array,
    private readonly lengths: Uint16Array,
    private readonly avgFieldLength: number,
    /**
     * The sentences by position, a hit's id read from them: a loaded sentence makes its id only when
     * read (stored-articles.ts), and 309,000 ids made for this at load were 309,000 strings to copy.
     * An array (build) or, loaded, positions read through their article (stored-facts.ts,
     * sentencesInOrder): only the sentences of the articles hit are ever made.
     */
    private readonly ids: SentenceIds,
    /** Per article, in corpus order: [first sentence position, one past the last]. */
    private readonly groups: [number, number][],
  ) {
    this.acc = new Float64Array(lengths.length);
    this.quality = new Uint16Array(lengths.length);
  }

  /** Sentences in corpus order, each article's together (as `articles.flatMap(a => a.sentences)` gives them). */
  static build(docs: SentenceDoc[], opts: { commonTermRatio?: number; minDocs?: number } = {}): SentenceSearch {
    const stopTerms = findCommonTerms(docs, opts.commonTermRatio ?? COMMON_TERM_RATIO, opts.minDocs ?? COMMON_TERM_MIN_DOCS);
    const groups = articleGroups(docs.map((d) => d.id));
    const texts = [...docs.map((d) => d.text), ...groups.map(([first]) => docs[first]!.title)];
    const postings = new Map<string, number[]>();
    const lengths = new Uint16Array(texts.length);
    let avg = 0;
    texts.forEach((text, doc) => {
      const tokens = words(text);
      const distinct = new Set(tokens).size;
      lengths[doc] = Math.min(distinct, 0xffff);
      // MiniSearch's running average, in its order of operations, so scores match it to the bit.
      avg = (avg * doc + distinct) / (doc + 1);
      const tf = new Map<string, number>();
      for (const w of tokens) {
        const t = termOf(w, stopTerms);
        if (t) tf.set(t, (tf.get(t) ?? 0) + 1);
      }
      for (const [t, n] of tf) {
        let p = postings.get(t);
        if (!p) postings.set(t, (p = []));
        p.push(doc, n);
      }
    });
    const terms = [...postings.keys()].sort();
    const offsets = new Uint32Array(terms.length + 1);
    let total = 0;
    terms.forEach((t, i) => {
      offsets[i] = total;
      total += postings.get(t)!.length / 2;
    });
    offsets[terms.length] = total;
    const docIds = new Uint32Array(total);
    const freqs = new Uint16Array(total);
    terms.forEach((t, i) => {
      const p = postings.get(t)!;
      for (let j = 0, o = offsets[i]!; j < p.length; j += 2, o++) {
        docIds[o] = p[j]!;
        freqs[o] = Math.min(p[j + 1]!, 0xffff);
      }
    });
    return new SentenceSearch(stopTerms, terms, offsets, docIds, freqs, lengths, avg, docs, groups);
  }

  /** `ids`: the sentences (or anything with their id) in the order given to build; `groups` as articleGroups gives them, when known. */
  static fromJSON(json: SentenceSearchJSON, ids: SentenceIds, groups: [number, number][] = articleGroups(Array.from({ length: ids.length }, (_, i) => ids.at(i)!.id))): SentenceSearch {
    const expected = ids.length + groups.length;
    if (json.documentCount !== expected) throw new Error(`search index holds ${json.documentCount} documents, the articles give ${expected}`);
    const offsets = decode(json.offsets, Uint32Array);
    const docs = decode(json.docs, Uint32Array);
    const freqs = decode(json.freqs, Uint16Array);
    const lengths = decode(json.lengths, Uint16Array);
    if (offsets.length !== json.terms.length + 1 || docs.length !== freqs.length || offsets[json.terms.length] !== docs.length || lengths.length !== expected) {
      throw new Error('search index arrays do not fit together');
    }
    return new SentenceSearch(new Set(json.stopTerms), json.terms, offsets, docs, freqs, lengths, json.avgFieldLength, ids, groups);
  }

  toJSON(): SentenceSearchJSON {
    return {
      stopTerms: [...this.stopTerms].sort(),
      terms: [...this.terms],
      documentCount: this.lengths.length,
      avgFieldLength: this.avgFieldLength,
      offsets: encode(this.offsets),
      docs: encode(this.docs),
      freqs: encode(this.freqs),
      lengths: encode(this.lengths),
    };
  }

  /** Sentences indexed. */
  get documentCount(): number {
    return this.ids.length;
  }

  /** Position of a term in the sorted terms, or -1. */
  private termIndex(term: string): number {
    let lo = 0;
    let hi = this.terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const t = this.terms[mid]!;
      if (t === term) return mid;
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Sentences holding any of these stems (as `stem` gives them) in their text or their article's title,
   * best first; stop and common terms are left out. Exact stems only: the caller has corrected typos
   * already and counts exact terms, so fuzzy and prefix matches would only add sentences to score.
   */
  searchStems(stemList: string[], opts: { limit?: number; titles?: number } = {}): SentenceHit[] {
    const kept = stemList.filter((s) => !STOP_WORDS.has(s) && !this.stopTerms.has(s));
    if (kept.length === 0) return [];
    // As MiniSearch read the query "a b c": its tokenizer splits and folds the joined stems again.
    const query = words(kept.join(' '));
    const acc = this.acc;
    const quality = this.quality;
    const n = this.lengths.length;
    const sentences = this.ids.length;
    /** Documents in the order first met (MiniSearch's result order before its stable sort): the first `metCount` of `met`. */
    let met = this.met;
    let metCount = 0;
    /** Posting ranges of the distinct query terms found, in query order. */
    const ranges: [string, number, number][] = [];
    const seen = new Set<string>();
    for (const term of query) {
      const distinct = !seen.has(term);
      seen.add(term);
      const t = this.termIndex(term);
      if (t < 0) continue;
      const from = this.offsets[t]!;
      const to = this.offsets[t + 1]!;
      if (distinct) ranges.push([term, from, to]);
      const idf = Math.log(1 + (n - (to - from) + 0.5) / (to - from + 0.5));
      for (let p = from; p < to; p++) {
        const doc = this.docs[p]!;
        const tf = this.freqs[p]!;
        const raw = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * this.lengths[doc]!) / this.avgFieldLength)));
        // MiniSearch's product (term weight, term boost, field boost, document boost), in its order.
        const weighted = 1 * 1 * 1 * (doc >= sentences ? TITLE_WEIGHT : 1) * raw;
        if (quality[doc] === 0) {
          if (metCount === met.length) met = this.met = grown(met);
          met[metCount++] = doc;
          acc[doc] = weighted;
          quality[doc] = 1;
        } else {
          acc[doc] = acc[doc]! + weighted;
          if (distinct) quality[doc]!++;
        }
      }
    }
    const limit = opts.limit ?? 50;
    const titleLimit = opts.titles ?? 5;
    const titled: Scored[] = [];
    let ownCount = 0;
    for (let rank = 0; rank < metCount; rank++) {
      const doc = met[rank]!;
      if (doc < sentences) ownCount++;
      else titled.push({ doc, rank, score: acc[doc]! * quality[doc]! });
    }
    // Only the head of the ranking is read: the first `titleLimit` titles, and the first `limit`
    // sentences plus as many as those titles may already have taken.
    titled.sort(byRank);
    titled.length = Math.min(titled.length, titleLimit);
    let reach = limit;
    for (const t of titled) reach += this.groups[t.doc - sentences]![1] - this.groups[t.doc - sentences]![0];
    // The sentences scoring at least the reach-th best (ties at the edge included), in the order met;
    // all of them when there are few. Scored objects only for those: a query of several frequent words
    // meets tens of thousands of sentences.
    const threshold = ownCount <= reach * 2 ? -Infinity : kthLargest(met, metCount, sentences, acc, quality, (this.scores = grown(this.scores, ownCount)), ownCount, reach);
    const own: Scored[] = [];
    for (let rank = 0; rank < metCount; rank++) {
      const doc = met[rank]!;
      if (doc >= sentences) continue;
      const score = acc[doc]! * quality[doc]!;
      if (score >= threshold) own.push({ doc, rank, score });
    }
    for (let rank = 0; rank < metCount; rank++) {
      const doc = met[rank]!;
      acc[doc] = 0;
      quality[doc] = 0;
    }
    const ranked = [...own, ...titled].sort(byRank);
    return this.hits(ranked, ranges, { limit, titles: titleLimit });
  }

  /** The query terms a document holds, in query order (binary search in each term's postings). */
  private termsIn(doc: number, ranges: [string, number, number][]): string[] {
    const out: string[] = [];
    for (const [term, from, to] of ranges) {
      let lo = from;
      let hi = to - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const d = this.docs[mid]!;
        if (d === doc) {
          out.push(term);
          break;
        }
        if (d < doc) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    return matchOrder(out);
  }

  /**
   * Results in score order as sentences: up to `limit` found by their own words, and all the sentences
   * of the first `titles` articles found by their title, each where its title ranks.
   */
  private hits(results: Scored[], ranges: [string, number, number][], opts: { limit: number; titles: number }): SentenceHit[] {
    const out: SentenceHit[] = [];
    const taken = new Set<number>();
    let own = 0;
    let titles = 0;
    for (const r of results) {
      const id = r.doc;
      if (id < this.ids.length) {
        if (own >= opts.limit || taken.has(id)) continue;
        own++;
        taken.add(id);
        out.push({ id: this.ids.at(id)!.id, score: r.score, terms: this.termsIn(id, ranges) });
      } else {
        if (titles >= opts.titles) continue;
        titles++;
        const [first, end] = this.groups[id - this.ids.length]!;
        const terms = this.termsIn(id, ranges);
        for (let p = first; p < end; p++) {
          if (taken.has(p)) continue;
          taken.add(p);
          out.push({ id: this.ids.at(p)!.id, score: r.score, terms });
        }
      }
      if (own >= opts.limit && titles >= opts.titles) break;
    }
    return out;
  }
}

interface Scored {
  doc: number;
  /** Order first met: breaks ties as MiniSearch's stable sort did. */
  rank: number;
  score: number;
}

const byRank = (a: Scored, b: Scored) => b.score - a.score || a.rank - b.rank;

/** The k-th largest score among the `count` sentences (documents below `sentences`) among the first `metCount` met. */
function kthLargest(met: Int32Array, metCount: number, sentences: number, acc: Float64Array, quality: Uint16Array, buffer: Float64Array, count: number, k: number): number {
  const scores = buffer.subarray(0, count);
  let n = 0;
  for (let rank = 0; rank < metCount; rank++) {
    const doc = met[rank]!;
    if (doc < sentences) scores[n++] = acc[doc]! * quality[doc]!;
  }
  return selectNth(scores, count - k);
}

/**
 * The value sorting `xs` ascending would put at position `nth`, found by selection (Hoare's
 * partitioning, median of three) in linear time: a query of frequent words at 100,000 articles meets
 * a million sentences, and sorting all their scores to read one was most of a search. Reorders `xs`.
 */
export function selectNth(xs: Float64Array, nth: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as the pivot: sorted or constant runs stay linear.
    const a = xs[lo]!;
    const b = xs[mid]!;
    const c = xs[hi]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i]! < pivot) i++;
      while (xs[j]! > pivot) j--;
      if (i <= j) {
        const t = xs[i]!;
        xs[i] = xs[j]!;
        xs[j] = t;
        i++;
        j--;
      }
    }
    // [lo, j] ≤ pivot ≤ [i, hi]; between them, pivot values only.
    if (nth <= j) hi = j;
    else if (nth >= i) lo = i;
    else return xs[nth]!;
  }
  return xs[nth]!;
}

/**
 * Matched terms in the order MiniSearch listed them (the keys of an object): integer-like keys ("2019")
 * first, ascending, then the others in the order they matched.
 */
function matchOrder(terms: string[]): string[] {
  const numeric = terms.filter((t) => /^(?:0|[1-9]\d{0,8})$/.test(t));
  if (numeric.length === 0) return terms;
  return [...numeric.sort((a, b) => Number(a) - Number(b)), ...terms.filter((t) => !numeric.includes(t))];
}

/** [first, end) positions of each run of sentences from one article (`${articleId}#${n}` ids). */
function articleGroups(ids: readonly string[]): [number, number][] {
  const groups: [number, number][] = [];
  let prev: string | null = null;
  ids.forEach((id, i) => {
    const article = id.slice(0, id.lastIndexOf('#'));
    if (article === prev) groups[groups.length - 1]![1] = i + 1;
    else groups.push([i, i + 1]);
    prev = article;
  });
  return groups;
}

function findCommonTerms(docs: SentenceDoc[], ratio: number, minDocs: number): Set<string> {
  if (docs.length < minDocs) return new Set();
  const df = new Map<string, number>();
  for (const d of docs) {
    const seen = new Set<string>();
    for (const w of words(d.text)) if (!STOP_WORDS.has(w)) seen.add(stem(w));
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const limit = docs.length * ratio;
  return new Set([...df].filter(([, n]) => n > limit).map(([t]) => t));
}
