import type { Article, Fact, FactSource, Sentence } from './types.ts';

/**
 * A source as index/facts.json holds it. Most sources are their sentence in their own article, dated
 * as the article: those are just the sentence id (the article id is its prefix, the quote its text,
 * the date the article's). The others (a sentence shared by several articles, a quote that is not
 * the sentence's text) keep their fields, the quote only where it differs. At 10,000 articles the
 * full form was 17 MB, half of it copies of sentences articles.json already holds.
 */
export type StoredSource = string | (Omit<FactSource, 'sentence'> & { sentence?: string });

export type StoredFact = Omit<Fact, 'sources'> & { sources: StoredSource[] };

export function storeFact(f: Fact, articles: ReadonlyMap<string, Article>, sentences: ReadonlyMap<string, Sentence>): StoredFact {
  return {
    ...f,
    sources: f.sources.map(({ sentence, ...src }) => {
      const own = sentences.get(src.sentenceId);
      const quoteIsText = own?.text === sentence;
      if (quoteIsText && own.articleId === src.articleId && articles.get(src.articleId)?.date === src.date) return src.sentenceId;
      return quoteIsText ? src : { ...src, sentence };
    }),
  };
}
