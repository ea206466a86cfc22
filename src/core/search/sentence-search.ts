import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { STOP_WORDS, words } from '../text.ts';
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';

/** What one search document holds: a sentence, with its article's title for context. */
export interface SentenceDoc {
  id: string;
  text: string;
  title: string;
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
 * Terms dropped from the index and from queries: stop words, plus the terms found in more than
 * `commonTermRatio` of the sentences of a large corpus ("turkic", "culture" in ours). A plain search
 * scores every sentence holding any query term, so such terms cost much and tell little.
 */
function termFilter(stopTerms: ReadonlySet<string>) {
  return (term: string): string | null => {
    if (STOP_WORDS.has(term)) return null;
    const s = stem(term);
    return stopTerms.has(s) ? null : s;
  };
}

/**
 * What MiniSearch indexes: a sentence under its position in the corpus (sentence ids are long strings,
 * and MiniSearch's file held each one), with its text and its article's title.
 */
interface IndexedDoc {
  id: number;
  text: string;
  title: string;
}

/** One options object for building and loading: MiniSearch.loadJSON needs the same ones. */
export function searchOptions(stopTerms: ReadonlySet<string>): Options<IndexedDoc> {
  const processTerm = termFilter(stopTerms);
  return {
    fields: ['text', 'title'],
    storeFields: [],
    tokenize: (text) => words(text),
    processTerm,
    searchOptions: {
      boost: { text: 2, title: 0.5 },
      combineWith: 'OR',
      // Typos of one letter in words of five or more letters; longer words get two.
      fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0),
      prefix: (term) => term.length >= 5,
      weights: { fuzzy: 0.4, prefix: 0.6 },
    },
  };
}

export interface SentenceSearchJSON {
  stopTerms: string[];
  index: unknown;
}

export const COMMON_TERM_MIN_DOCS = 2000;
export const COMMON_TERM_RATIO = 0.05;

export class SentenceSearch {
  private constructor(
    private readonly mini: MiniSearch<IndexedDoc>,
    readonly stopTerms: ReadonlySet<string>,
    /** Sentence id by position. */
    private readonly ids: readonly string[],
  ) {}

  static build(docs: SentenceDoc[], opts: { commonTermRatio?: number; minDocs?: number } = {}): SentenceSearch {
    const stopTerms = findCommonTerms(docs, opts.commonTermRatio ?? COMMON_TERM_RATIO, opts.minDocs ?? COMMON_TERM_MIN_DOCS);
    const mini = new MiniSearch<IndexedDoc>(searchOptions(stopTerms));
    mini.addAll(docs.map((d, i) => ({ id: i, text: d.text, title: d.title })));
    return new SentenceSearch(mini, stopTerms, docs.map((d) => d.id));
  }

  /** `ids`: the sentence ids in the order the documents were given to build. */
  static fromJSON(json: SentenceSearchJSON, ids: readonly string[]): SentenceSearch {
    const stopTerms = new Set(json.stopTerms);
    const mini = MiniSearch.loadJS<IndexedDoc>(json.index as Parameters<typeof MiniSearch.loadJS>[0], searchOptions(stopTerms));
    if (mini.documentCount !== ids.length) throw new Error(`search index holds ${mini.documentCount} sentences, the articles ${ids.length}`);
    return new SentenceSearch(mini, stopTerms, ids);
  }

  toJSON(): SentenceSearchJSON {
    return { stopTerms: [...this.stopTerms].sort(), index: this.mini.toJSON() };
  }

  get documentCount(): number {
    return this.mini.documentCount;
  }

  /**
   * Sentences holding any of these stems (as `stem` gives them), best first; stop and common terms are
   * left out. Exact stems only: the caller has corrected typos already and counts exact terms, so
   * fuzzy and prefix matches would only add sentences to score.
   */
  searchStems(stems: string[], opts: { limit?: number } = {}): SentenceHit[] {
    const terms = stems.filter((s) => !STOP_WORDS.has(s) && !this.stopTerms.has(s));
    if (terms.length === 0) return [];
    const results: SearchResult[] = this.mini.search(terms.join(' '), { processTerm: (t) => t, fuzzy: false, prefix: false });
    return results.slice(0, opts.limit ?? 50).map((r) => ({ id: this.ids[r.id as number]!, score: r.score, terms: r.terms }));
  }

  /** Sentences matching the query, best first. `filter` narrows to ids the caller already picked. */
  search(query: string, opts: { limit?: number; filter?: (id: string) => boolean } = {}): SentenceHit[] {
    const results: SearchResult[] = this.mini.search(query, opts.filter ? { filter: (r) => opts.filter!(this.ids[r.id as number]!) } : undefined);
    return results.slice(0, opts.limit ?? 50).map((r) => ({ id: this.ids[r.id as number]!, score: r.score, terms: r.terms }));
  }
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
