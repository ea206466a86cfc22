import type { Article, Sentence } from './types.ts';
import { decodeArray, encodeArray } from './packed-arrays.ts';

/**
 * How articles are stored in index/articles.json: the cleaned text once, paragraphs and sentences as
 * offsets into it. Sentence ids and texts are derived at load (`${id}#${n}`, slices of the text), so
 * the file holds no copy of any sentence: at 10,000 articles it is a third of the indented form and
 * loads in a fraction of the time. The offsets are packed (Uint32 LE, base64): as JSON arrays, one
 * small array per sentence, they were 300,000 arrays to parse, hold and collect at 10,000 articles.
 */
export interface StoredArticle extends Pick<Article, 'id' | 'title' | 'url' | 'publisher' | 'date' | 'text'> {
  /** Uint32 LE: start and end of each paragraph. */
  paragraphs: Uint8Array;
  /** Uint32 LE: paragraph, start and end of each sentence. */
  sentences: Uint8Array;
  /** The other articles carrying a sentence, by the sentence's index, for the sentences shared. */
  alsoIn?: Record<number, string[]>;
}

export function storeArticle(a: Article): StoredArticle {
  const alsoIn: Record<number, string[]> = {};
  a.sentences.forEach((s, i) => {
    if (s.alsoIn?.length) alsoIn[i] = s.alsoIn;
  });
  return {
    id: a.id,
    title: a.title,
    url: a.url,
    publisher: a.publisher,
    date: a.date,
    text: a.text,
    paragraphs: encodeArray(Uint32Array.from(a.paragraphs.flatMap((p) => [p.start, p.end]))),
    sentences: encodeArray(Uint32Array.from(a.sentences.flatMap((s) => [s.paragraph, s.start, s.end]))),
    ...(Object.keys(alsoIn).length ? { alsoIn } : {}),
  };
}

export function restoreArticle(s: StoredArticle): Article {
  const offsets = decodeArray(s.sentences, Uint32Array);
  const bounds = decodeArray(s.paragraphs, Uint32Array);
  if (offsets.length % 3 !== 0 || bounds.length % 2 !== 0) throw new Error(`article ${s.id}: offsets do not come in whole sentences and paragraphs`);
  const count = offsets.length / 3;
  const article: Article = { id: s.id, title: s.title, url: s.url, publisher: s.publisher, date: s.date, text: s.text, paragraphs: [], sentences: [] };
  for (let index = 0; index < count; index++) {
    const sentence = new LoadedSentence(article, index, offsets[3 * index]!, offsets[3 * index + 1]!, offsets[3 * index + 2]!);
    const alsoIn = s.alsoIn?.[index];
    if (alsoIn) sentence.alsoIn = alsoIn;
    article.sentences.push(sentence);
  }
  for (let index = 0; index < bounds.length / 2; index++) article.paragraphs.push({ index, start: bounds[2 * index]!, end: bounds[2 * index + 1]! });
  return article;
}

/**
 * A sentence of a loaded article: its id and text are made when first read, then kept. Made at load,
 * they were 620,000 strings at 10,000 articles (an id and a slice of the text per sentence), most of
 * them never read, and copied by every scavenge of the load: about a fifth of it.
 */
class LoadedSentence implements Sentence {
  private id_: string | undefined = undefined;
  private text_: string | undefined = undefined;
  alsoIn?: string[];

  constructor(
    private readonly article: Pick<Article, 'id' | 'text'>,
    readonly index: number,
    readonly paragraph: number,
    readonly start: number,
    readonly end: number,
  ) {}

  get id(): string {
    return (this.id_ ??= `${this.article.id}#${this.index}`);
  }

  get articleId(): string {
    return this.article.id;
  }

  get text(): string {
    return (this.text_ ??= this.article.text.slice(this.start, this.end));
  }
}
