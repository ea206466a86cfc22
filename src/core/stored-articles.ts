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
  // The ids as slices of one string per article: a template string per sentence is a cons string
  // that the sentence map flattens into a second copy when it hashes it.
  let joined = '';
  const ends: number[] = [];
  for (let index = 0; index < count; index++) ends.push((joined += `${s.id}#${index}`).length);
  const sentences: Sentence[] = [];
  for (let index = 0, at = 0; index < count; index++) {
    const start = offsets[3 * index + 1]!;
    const end = offsets[3 * index + 2]!;
    const sentence: Sentence = { id: joined.slice(at, ends[index]), articleId: s.id, index, paragraph: offsets[3 * index]!, start, end, text: s.text.slice(start, end) };
    const alsoIn = s.alsoIn?.[index];
    if (alsoIn) sentence.alsoIn = alsoIn;
    sentences.push(sentence);
    at = ends[index]!;
  }
  const paragraphs: Article['paragraphs'] = [];
  for (let index = 0; index < bounds.length / 2; index++) paragraphs.push({ index, start: bounds[2 * index]!, end: bounds[2 * index + 1]! });
  return { id: s.id, title: s.title, url: s.url, publisher: s.publisher, date: s.date, text: s.text, paragraphs, sentences };
}
