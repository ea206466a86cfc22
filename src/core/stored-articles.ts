import type { Article, Sentence } from './types.ts';

/**
 * How articles are stored in index/articles.json: the cleaned text once, paragraphs and sentences as
 * offsets into it. Sentence ids and texts are derived at load (`${id}#${n}`, slices of the text), so
 * the file holds no copy of any sentence: at 10,000 articles it is a third of the indented form and
 * loads in a fraction of the time.
 */
export interface StoredArticle extends Pick<Article, 'id' | 'title' | 'url' | 'publisher' | 'date' | 'text'> {
  /** [start, end] of each paragraph. */
  paragraphs: [number, number][];
  /** [paragraph, start, end] of each sentence, plus the other articles carrying it when shared. */
  sentences: ([number, number, number] | [number, number, number, string[]])[];
}

export function storeArticle(a: Article): StoredArticle {
  return {
    id: a.id,
    title: a.title,
    url: a.url,
    publisher: a.publisher,
    date: a.date,
    text: a.text,
    paragraphs: a.paragraphs.map((p) => [p.start, p.end]),
    sentences: a.sentences.map((s) => (s.alsoIn?.length ? [s.paragraph, s.start, s.end, s.alsoIn] : [s.paragraph, s.start, s.end])),
  };
}

export function restoreArticle(s: StoredArticle): Article {
  const sentences: Sentence[] = s.sentences.map(([paragraph, start, end, alsoIn], index) => {
    const sentence: Sentence = { id: `${s.id}#${index}`, articleId: s.id, index, paragraph, start, end, text: s.text.slice(start, end) };
    if (alsoIn) sentence.alsoIn = alsoIn;
    return sentence;
  });
  return {
    id: s.id,
    title: s.title,
    url: s.url,
    publisher: s.publisher,
    date: s.date,
    text: s.text,
    paragraphs: s.paragraphs.map(([start, end], index) => ({ index, start, end })),
    sentences,
  };
}
