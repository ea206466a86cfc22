import type { Article, Fact, Sentence, Entity } from './types.ts';
import type { SentenceSearch } from './search/sentence-search.ts';
import type { FactIndex } from './qa/fact-index.ts';
import type { SentenceNames } from './qa/sentence-names.ts';
import type { FactTable } from './fact-table.ts';
import { sentenceCount, sentencesMade } from './stored-articles.ts';

/**
 * Everything the bot knows, loaded from index/ once and then read-only. Adapters get it passed in;
 * a hot swap replaces the whole object (never mutate one in place).
 */
export interface Knowledge {
  /** Articles by id, in id order. */
  articles: Map<string, Article>;
  /** Sentences by id (`${articleId}#${index}`). */
  sentences: ReadonlyMap<string, Sentence>;
  /** Facts by position (the fact index's keys), sorted by kind; loaded lazily from index/ (see FactTable). */
  facts: FactTable;
  entities: Entity[];
  search: SentenceSearch;
  /** Terms, words and names to fact positions (built with the index). */
  factIndex: FactIndex;
  /**
   * Gazetteer names and ordinals of every sentence and title, found at build time (index/names.json).
   * Without it (a knowledge made in memory) they are found in the text when asked for.
   */
  names?: SentenceNames;
  /** Word counts and document frequencies, counted at build time (index/vocabulary.json); without it, counted at first use. */
  vocabulary?: StoredVocabulary;
  /** Manifest hash of the inputs the index was built from. */
  inputHash: string;
}

/** Sentences by id, in corpus order (each article's together), as Knowledge.sentences holds them. */
export function sentencesById(articles: readonly Article[], byId?: ReadonlyMap<string, Article>): ReadonlyMap<string, Sentence> {
  return new SentencesById(articles, byId);
}

/**
 * Sentences by id, found through their article: an id is `${articleId}#${index}`, the sentence
 * article.sentences[index]. A Map of every sentence was 300,000 entries to build at each load (a
 * tenth of it at 10,000 articles) and 12 MB to keep. Iterates in corpus order, as a Map made in that
 * order would. Nothing here makes a loaded article's sentences (stored-articles.ts): its count comes
 * from its offsets, and its sentences are where the id says by construction; an article made in
 * memory has its sentences already, and they are checked to be where their ids say.
 */
class SentencesById implements ReadonlyMap<string, Sentence> {
  private readonly byArticle: ReadonlyMap<string, Article>;
  readonly size: number;

  /** `byId`: the same articles by id, when the caller has them (Knowledge.articles): not made again. */
  constructor(
    private readonly articles: readonly Article[],
    byId?: ReadonlyMap<string, Article>,
  ) {
    let size = 0;
    for (const a of articles) {
      if (sentencesMade(a)) a.sentences.forEach((s, i) => {
        // The lookup reads the position from the id: a sentence elsewhere would not be found.
        if (s.index !== i || s.articleId !== a.id) throw new Error(`sentences: ${s.id} is not sentence ${i} of article ${a.id}`);
      });
      size += sentenceCount(a);
    }
    this.byArticle = byId ?? new Map(articles.map((a) => [a.id, a]));
    this.size = size;
  }

  get(id: string): Sentence | undefined {
    const at = id.lastIndexOf('#');
    if (at < 0) return undefined;
    const s = this.byArticle.get(id.slice(0, at))?.sentences[Number(id.slice(at + 1))];
    // The whole id compared: "a#01" or "a#1.0" name no sentence, as in a Map.
    return s !== undefined && s.id === id ? s : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  *entries(): MapIterator<[string, Sentence]> {
    for (const a of this.articles) for (const s of a.sentences) yield [s.id, s];
  }

  *keys(): MapIterator<string> {
    for (const a of this.articles) for (const s of a.sentences) yield s.id;
  }

  *values(): MapIterator<Sentence> {
    for (const a of this.articles) for (const s of a.sentences) yield s;
  }

  forEach(fn: (value: Sentence, key: string, map: ReadonlyMap<string, Sentence>) => void, thisArg?: unknown): void {
    for (const a of this.articles) for (const s of a.sentences) fn.call(thisArg, s, s.id, this);
  }

  [Symbol.iterator](): MapIterator<[string, Sentence]> {
    return this.entries();
  }
}

/** The paragraph that holds a sentence, for the "show the paragraph" button. */
export function paragraphOf(knowledge: Knowledge, sentenceId: string): string | null {
  const sentence = knowledge.sentences.get(sentenceId);
  if (!sentence) return null;
  const article = knowledge.articles.get(sentence.articleId);
  const paragraph = article?.paragraphs[sentence.paragraph];
  if (!article || !paragraph) return null;
  return article.text.slice(paragraph.start, paragraph.end);
}

const byKind = new WeakMap<Knowledge, Map<Fact['kind'], readonly Fact[]>>();
const positionsByKind = new WeakMap<Knowledge, Map<Fact['kind'], Int32Array>>();

/** What `make` gives for this knowledge and kind, made once and kept in `cache`. */
function perKind<T>(cache: WeakMap<Knowledge, Map<Fact['kind'], T>>, knowledge: Knowledge, kind: Fact['kind'], make: () => T): T {
  let groups = cache.get(knowledge);
  if (!groups) cache.set(knowledge, (groups = new Map()));
  let hit = groups.get(kind);
  if (hit === undefined) groups.set(kind, (hit = make()));
  return hit;
}

/**
 * The facts of one kind, in table order, gathered once per knowledge and kind: questions about capitals
 * or about who holds a role read a few thousand facts instead of scanning a million (figures are most
 * of the table at 100,000 articles). The kinds are read without making the facts: a loaded table makes
 * only the facts of the kind asked for.
 */
export function factsOfKind(knowledge: Knowledge, kind: Fact['kind']): readonly Fact[] {
  return perKind(byKind, knowledge, kind, () => Array.from(positionsOfKind(knowledge, kind), (i) => knowledge.facts.at(i)));
}

/** The positions of the facts of one kind, in table order, found once per knowledge without making any fact. */
export function positionsOfKind(knowledge: Knowledge, kind: Fact['kind']): Int32Array {
  return perKind(positionsByKind, knowledge, kind, () => {
    const table = knowledge.facts;
    const out: number[] = [];
    for (let i = 0; i < table.length; i++) if (table.kindAt(i) === kind) out.push(i);
    return Int32Array.from(out);
  });
}

/** Event facts, newest first (undated last), for /events and digests. */
export function eventFacts(knowledge: Knowledge): Fact[] {
  return [...factsOfKind(knowledge, 'event')]
    .sort((a, b) => (b.qualifiers.date ?? '').localeCompare(a.qualifiers.date ?? '') || a.id.localeCompare(b.id));
}

/** The vocabulary counted at build time (index/vocabulary.json), as the answer path reads it. */
export interface StoredVocabulary {
  sentenceCount: number;
  /** Stems, sorted (code unit order), with the number of sentences holding each. */
  stems: string[];
  df: Uint32Array;
  /** Folded words in the order typo correction reads them, with how often each occurs. */
  words: string[];
  counts: Uint32Array;
}
