import type { Article, Fact, FactSource, Sentence } from './types.ts';

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

/** The sentences in corpus order: a StoredSource's position indexes it. */
export function sentencesInOrder(articles: Iterable<Article>): Sentence[] {
  const out: Sentence[] = [];
  for (const a of articles) for (const s of a.sentences) out.push(s);
  return out;
}

/**
 * A stored source that is its sentence in its own article (a StoredSource position), as loaded: the
 * article id, sentence id and quote are read from the sentence when asked for. Restored as plain
 * objects, each of the 175,000 sources at 10,000 articles made its sentence's id and text strings at
 * load (146,000 sentences), which every scavenge of the load then copied.
 */
export class SentenceSource implements FactSource {
  constructor(
    private readonly of: Sentence,
    readonly date: string | null,
  ) {}

  get articleId(): string {
    return this.of.articleId;
  }

  get sentenceId(): string {
    return this.of.id;
  }

  get sentence(): string {
    return this.of.text;
  }

  /** The sentence quoted, itself: its quote is its text by construction. */
  get quoted(): Sentence {
    return this.of;
  }
}
