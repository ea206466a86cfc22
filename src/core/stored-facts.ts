import type { Article, Fact, FactSource, Sentence } from './types.ts';
import { sentenceCount, sentencesMade, sentenceText } from './stored-articles.ts';

/**
 * A source as index/facts.json holds it. Most sources are their sentence in their own article, dated
 * as the article: those are just the sentence's position in the corpus (articles.json's order, each
 * article's sentences in turn; the article, quote and date follow from it). The others (a sentence
 * shared by several articles, a quote that is not the sentence's text) keep their fields, the quote
 * only where it differs. At 10,000 articles the full form was 17 MB, half of it copies of sentences
 * articles.json already holds; sentence ids instead of positions were 175,000 strings to parse, slice
 * and look up at each load (a fifth of it).
 */
export type StoredSource = number | (Omit<FactSource, 'sentence'> & { sentence?: string });

export type StoredFact = Omit<Fact, 'sources'> & { sources: StoredSource[] };

/** `positions`: each sentence's position in the corpus, by id (see StoredSource). */
export function storeFact(f: Fact, articles: ReadonlyMap<string, Article>, sentences: ReadonlyMap<string, Sentence>, positions: ReadonlyMap<string, number>): StoredFact {
  return {
    ...f,
    sources: f.sources.map(({ sentence, ...src }) => {
      const own = sentences.get(src.sentenceId);
      const quoteIsText = own?.text === sentence;
      const position = positions.get(src.sentenceId);
      if (quoteIsText && position !== undefined && own.articleId === src.articleId && articles.get(src.articleId)?.date === src.date) return position;
      return quoteIsText ? src : { ...src, sentence };
    }),
  };
}

/** Each sentence's position in the corpus (StoredSource), by id. */
export function sentencePositions(articles: Iterable<Article>): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of articles) for (const s of a.sentences) out.set(s.id, out.size);
  return out;
}

/** Sentences by corpus position (a StoredSource's), as an array of them would give them. */
export interface SentencesAt {
  /** Sentences in the corpus. */
  readonly length: number;
  /** The sentence at a position; undefined outside [0, length) or for a position that is no integer. */
  at(position: number): Sentence | undefined;
  /** The article holding the sentence at a position and the sentence's index in it, without making its sentences. */
  place(position: number): { article: Article; index: number } | undefined;
}

/**
 * The sentences in corpus order: a StoredSource's position indexes it. Each article's first position
 * is kept (a Uint32Array, 4 bytes an article) and a position found by binary search among them, the
 * sentence then read from its article: an array of every sentence made all 3.09 million of them at
 * load at 100,000 articles (stored-articles.ts makes an article's sentences when first read).
 */
export function sentencesInOrder(articles: readonly Article[]): SentencesAt {
  return new SentencePositions(articles);
}

class SentencePositions implements SentencesAt {
  /** articles.length + 1 entries: article k holds positions [firsts[k], firsts[k + 1]). */
  private readonly firsts: Uint32Array;
  readonly length: number;

  constructor(private readonly articles: readonly Article[]) {
    this.firsts = new Uint32Array(articles.length + 1);
    let first = 0;
    articles.forEach((a, k) => {
      this.firsts[k] = first;
      first += sentenceCount(a);
    });
    this.firsts[articles.length] = first;
    this.length = first;
  }

  at(position: number): Sentence | undefined {
    const place = this.place(position);
    return place && place.article.sentences[place.index];
  }

  place(position: number): { article: Article; index: number } | undefined {
    if (!Number.isInteger(position) || position < 0 || position >= this.length) return undefined;
    // The last article starting at or before the position (empty articles start where the next does).
    let lo = 0;
    let hi = this.articles.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.firsts[mid]! <= position) lo = mid;
      else hi = mid - 1;
    }
    return { article: this.articles[lo]!, index: position - this.firsts[lo]! };
  }
}

/**
 * A stored source that is its sentence in its own article (a StoredSource position), as loaded: the
 * article id, sentence id and quote are read from the sentence when asked for. Restored as plain
 * objects, each of the 175,000 sources at 10,000 articles made its sentence's id and text strings at
 * load (146,000 sentences), which every scavenge of the load then copied. It holds its article and
 * the sentence's index, not the sentence: making a fact does not make its article's sentences
 * (stored-articles.ts), and the warm-up's facts reached every article at 10,000 articles.
 */
export class SentenceSource implements FactSource {
  constructor(
    private readonly article: Article,
    /** The sentence's index in its article. */
    readonly sentenceIndex: number,
    readonly date: string | null,
  ) {}

  get articleId(): string {
    return this.article.id;
  }

  /** Read for every source of every fact a question reaches (fact-support.ts): made from the article id while its sentences are not. */
  get sentenceId(): string {
    return sentencesMade(this.article) ? this.quoted.id : `${this.article.id}#${this.sentenceIndex}`;
  }

  get sentence(): string {
    return sentenceText(this.article, this.sentenceIndex);
  }

  /** The sentence quoted, itself: its quote is its text by construction. */
  get quoted(): Sentence {
    return this.article.sentences[this.sentenceIndex]!;
  }
}
