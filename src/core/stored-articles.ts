import type { Article, Paragraph, Sentence } from './types.ts';
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

/**
 * A loaded article: its sentence and paragraph offsets stay in articles.bin's bytes, where they were
 * stored, and its Sentence and Paragraph objects are made when its `sentences` or `paragraphs` are
 * first read, then kept. Made at load, they were 3.09 million sentences and their arrays at 100,000
 * articles, most never read (a question reads a few hundred), copied by every scavenge of the load:
 * 400 MB of heap, where the bytes now kept alive are 46 MB. The count of an article's sentences is
 * known from its offsets without making them (sentenceCount), and so is a sentence's place in the
 * corpus (stored-facts.ts, sentencesInOrder). The offsets are checked to come in whole sentences and
 * paragraphs here, as before; a loaded article's sentences are where their ids say by construction.
 */
export function restoreArticle(s: StoredArticle): Article {
  const offsets = decodeArray(s.sentences, Uint32Array);
  const bounds = decodeArray(s.paragraphs, Uint32Array);
  if (offsets.length % 3 !== 0 || bounds.length % 2 !== 0) throw new Error(`article ${s.id}: offsets do not come in whole sentences and paragraphs`);
  return new LoadedArticle(s, offsets, bounds);
}

/** An article's sentences, counted without making them for a loaded article. */
export function sentenceCount(a: Article): number {
  return a instanceof LoadedArticle ? a.sentenceCount : a.sentences.length;
}

/**
 * The text of an article's sentence `index` (in range), read without making its sentences: an answer
 * quotes every source of the facts it gives (thousands for a role at 100,000 articles).
 */
export function sentenceText(a: Article, index: number): string {
  return a instanceof LoadedArticle ? a.sentenceText(index) : a.sentences[index]!.text;
}

/** Whether an article's Sentence objects exist yet: always for one made in memory, for a loaded one once read (tests). */
export function sentencesMade(a: Article): boolean {
  return a instanceof LoadedArticle ? a.sentencesMade : true;
}

/**
 * Its fields are own properties, as a plain Article's; `sentences` and `paragraphs` are getters (an
 * Article made in memory, by buildIndex or a test, is a plain object with arrays: both read alike).
 * The offsets are private fields (#), invisible to spreads and comparisons.
 */
class LoadedArticle implements Article {
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly date: string | null;
  readonly text: string;
  /**
   * Where the Uint32 offsets lie (articles.bin, aligned, or a copy): the paragraph, start and end of
   * each sentence, and the start and end of each paragraph. Kept as a buffer and a byte offset, the
   * typed arrays made when read: two views kept per article were 200,000 objects at 100,000 articles
   * (16 MB of heap, copied by the scavenges of the load).
   */
  readonly #sentenceBuffer: ArrayBufferLike;
  readonly #sentencesAt: number;
  readonly #sentenceCount: number;
  readonly #paragraphBuffer: ArrayBufferLike;
  readonly #paragraphsAt: number;
  readonly #paragraphCount: number;
  readonly #alsoIn: Record<number, string[]> | undefined;
  #sentences: Sentence[] | undefined = undefined;
  #paragraphs: Paragraph[] | undefined = undefined;

  constructor(s: StoredArticle, offsets: Uint32Array, bounds: Uint32Array) {
    this.id = s.id;
    this.title = s.title;
    this.url = s.url;
    this.publisher = s.publisher;
    this.date = s.date;
    this.text = s.text;
    this.#sentenceBuffer = offsets.buffer;
    this.#sentencesAt = offsets.byteOffset;
    this.#sentenceCount = offsets.length / 3;
    this.#paragraphBuffer = bounds.buffer;
    this.#paragraphsAt = bounds.byteOffset;
    this.#paragraphCount = bounds.length / 2;
    this.#alsoIn = s.alsoIn;
  }

  get sentenceCount(): number {
    return this.#sentenceCount;
  }

  /** Sentence `index`'s text, sliced from the offsets without making the article's sentences (made, its own string). */
  sentenceText(index: number): string {
    if (this.#sentences) return this.#sentences[index]!.text;
    const [start, end] = new Uint32Array(this.#sentenceBuffer, this.#sentencesAt + 12 * index + 4, 2);
    return this.text.slice(start, end);
  }

  get sentencesMade(): boolean {
    return this.#sentences !== undefined;
  }

  get sentences(): Sentence[] {
    if (this.#sentences) return this.#sentences;
    const count = this.#sentenceCount;
    const offsets = new Uint32Array(this.#sentenceBuffer, this.#sentencesAt, 3 * count);
    const out: Sentence[] = [];
    for (let index = 0; index < count; index++) {
      const sentence = new LoadedSentence(this, index, offsets[3 * index]!, offsets[3 * index + 1]!, offsets[3 * index + 2]!);
      const alsoIn = this.#alsoIn?.[index];
      if (alsoIn) sentence.alsoIn = alsoIn;
      out.push(sentence);
    }
    return (this.#sentences = out);
  }

  get paragraphs(): Paragraph[] {
    if (this.#paragraphs) return this.#paragraphs;
    const bounds = new Uint32Array(this.#paragraphBuffer, this.#paragraphsAt, 2 * this.#paragraphCount);
    const out: Paragraph[] = [];
    for (let index = 0; index < this.#paragraphCount; index++) out.push({ index, start: bounds[2 * index]!, end: bounds[2 * index + 1]! });
    return (this.#paragraphs = out);
  }
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
