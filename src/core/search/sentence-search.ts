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
 * What MiniSearch indexes, under numbers (sentence ids are long strings, and MiniSearch's file held
 * each one): each sentence at its position in the corpus, then each article's title once, after all
 * sentences. A title stands for all its article's sentences; indexed with each of them, as it once
 * was, it tripled the postings a search walks.
 */
interface IndexedDoc {
  id: number;
  text: string;
}

/** How much less a title's words weigh than a sentence's own. */
const TITLE_WEIGHT = 0.25;

/** One options object for building and loading: MiniSearch.loadJSON needs the same ones. */
export function searchOptions(stopTerms: ReadonlySet<string>): Options<IndexedDoc> {
  const processTerm = termFilter(stopTerms);
  return {
    fields: ['text'],
    storeFields: [],
    tokenize: (text) => words(text),
    processTerm,
    searchOptions: {
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
    /** Per article, in corpus order: [first sentence position, one past the last]. */
    private readonly groups: [number, number][],
  ) {}

  /** Sentences in corpus order, each article's together (as `articles.flatMap(a => a.sentences)` gives them). */
  static build(docs: SentenceDoc[], opts: { commonTermRatio?: number; minDocs?: number } = {}): SentenceSearch {
    const stopTerms = findCommonTerms(docs, opts.commonTermRatio ?? COMMON_TERM_RATIO, opts.minDocs ?? COMMON_TERM_MIN_DOCS);
    const mini = new MiniSearch<IndexedDoc>(searchOptions(stopTerms));
    const ids = docs.map((d) => d.id);
    const groups = articleGroups(ids);
    mini.addAll(docs.map((d, i) => ({ id: i, text: d.text })));
    mini.addAll(groups.map(([first], g) => ({ id: docs.length + g, text: docs[first]!.title })));
    return new SentenceSearch(mini, stopTerms, ids, groups);
  }

  /** `ids`: the sentence ids in the order the documents were given to build. */
  static fromJSON(json: SentenceSearchJSON, ids: readonly string[]): SentenceSearch {
    const stopTerms = new Set(json.stopTerms);
    const mini = MiniSearch.loadJS<IndexedDoc>(json.index as Parameters<typeof MiniSearch.loadJS>[0], searchOptions(stopTerms));
    const groups = articleGroups(ids);
    const expected = ids.length + groups.length;
    if (mini.documentCount !== expected) throw new Error(`search index holds ${mini.documentCount} documents, the articles give ${expected}`);
    return new SentenceSearch(mini, stopTerms, ids, groups);
  }

  toJSON(): SentenceSearchJSON {
    return { stopTerms: [...this.stopTerms].sort(), index: this.mini.toJSON() };
  }

  /** Sentences indexed. */
  get documentCount(): number {
    return this.ids.length;
  }

  /**
   * Sentences holding any of these stems (as `stem` gives them) in their text or their article's title,
   * best first; stop and common terms are left out. Exact stems only: the caller has corrected typos
   * already and counts exact terms, so fuzzy and prefix matches would only add sentences to score.
   */
  searchStems(stems: string[], opts: { limit?: number; titles?: number } = {}): SentenceHit[] {
    const terms = stems.filter((s) => !STOP_WORDS.has(s) && !this.stopTerms.has(s));
    if (terms.length === 0) return [];
    return this.hits(this.mini.search(terms.join(' '), { processTerm: (t) => t, fuzzy: false, prefix: false, boostDocument: this.boost }), opts);
  }

  /** Sentences matching the query (fuzzy and prefix matches count less), best first. */
  search(query: string, opts: { limit?: number; titles?: number } = {}): SentenceHit[] {
    return this.hits(this.mini.search(query, { boostDocument: this.boost }), opts);
  }

  private readonly boost = (id: unknown) => ((id as number) >= this.ids.length ? TITLE_WEIGHT : 1);

  /**
   * Results in score order as sentences: up to `limit` found by their own words, and all the sentences
   * of the first `titles` articles found by their title, each where its title ranks.
   */
  private hits(results: SearchResult[], opts: { limit?: number; titles?: number }): SentenceHit[] {
    const limit = opts.limit ?? 50;
    const titleLimit = opts.titles ?? 5;
    const out: SentenceHit[] = [];
    const taken = new Set<number>();
    let own = 0;
    let titles = 0;
    for (const r of results) {
      const id = r.id as number;
      if (id < this.ids.length) {
        if (own >= limit || taken.has(id)) continue;
        own++;
        taken.add(id);
        out.push({ id: this.ids[id]!, score: r.score, terms: r.terms });
      } else {
        if (titles >= titleLimit) continue;
        titles++;
        const [first, end] = this.groups[id - this.ids.length]!;
        for (let p = first; p < end; p++) {
          if (taken.has(p)) continue;
          taken.add(p);
          out.push({ id: this.ids[p]!, score: r.score, terms: r.terms });
        }
      }
      if (own >= limit && titles >= titleLimit) break;
    }
    return out;
  }
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
