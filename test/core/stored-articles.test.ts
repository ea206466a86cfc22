/**
 * A loaded article makes its Sentence objects when its sentences are first read (stored-articles.ts),
 * and sentences are found by corpus position through their article (stored-facts.ts, sentencesInOrder):
 * what they give must be what the eager articles give, and nothing may be made at load.
 */
import { describe, expect, it } from 'vitest';
import { restoreArticle, sentenceCount, sentencesMade, sentenceText, storeArticle } from '../../src/core/stored-articles.ts';
import { SentenceSource, sentencesInOrder } from '../../src/core/stored-facts.ts';
import { sentencesById } from '../../src/core/knowledge.ts';
import type { Article } from '../../src/core/types.ts';
import { articleOfSentences, fixtureIndex } from './fixtures.ts';

/** Through the bytes, as articles.bin holds them (decodeArray views aligned copies). */
const reload = (a: Article) => {
  const stored = storeArticle(a);
  return restoreArticle({ ...stored, sentences: Uint8Array.from(stored.sentences), paragraphs: Uint8Array.from(stored.paragraphs) });
};
const plain = (s: Article['sentences'][number]) => ({ id: s.id, articleId: s.articleId, index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text, alsoIn: s.alsoIn });

describe('loaded articles', () => {
  const eager = [...fixtureIndex().articles, articleOfSentences('900_empty', [])];

  it('make nothing when restored, and count their sentences from the offsets', () => {
    const loaded = eager.map(reload);
    for (const [i, a] of loaded.entries()) {
      expect(sentencesMade(a), a.id).toBe(false);
      expect(sentenceCount(a), a.id).toBe(eager[i]!.sentences.length);
    }
    expect(loaded.every((a) => !sentencesMade(a))).toBe(true);
    // Knowledge.sentences and the positions are made without making any article's sentences.
    const byId = sentencesById(loaded);
    const positions = sentencesInOrder(loaded);
    expect(byId.size).toBe(eager.reduce((n, a) => n + a.sentences.length, 0));
    expect(positions.length).toBe(byId.size);
    expect(loaded.some(sentencesMade)).toBe(false);
  });

  it('give the sentences and paragraphs the eager articles have, made once', () => {
    const loaded = eager.map(reload);
    expect(eager.some((a) => a.sentences.some((s) => s.alsoIn?.length))).toBe(true);
    for (const [i, a] of loaded.entries()) {
      const e = eager[i]!;
      expect({ ...a, sentences: a.sentences.map(plain), paragraphs: a.paragraphs }).toEqual({ ...e, sentences: e.sentences.map(plain), paragraphs: e.paragraphs });
      expect(sentencesMade(a)).toBe(true);
      expect(a.sentences).toBe(a.sentences);
      expect(a.paragraphs).toBe(a.paragraphs);
    }
  });

  it('read a sentence text without making the sentences, and its own string once made', () => {
    const e = eager[0]!;
    const a = reload(e);
    expect(e.sentences.map((_, i) => sentenceText(a, i))).toEqual(e.sentences.map((s) => s.text));
    expect(sentencesMade(a)).toBe(false);
    const text = a.sentences[1]!.text;
    expect(sentenceText(a, 1)).toBe(text);
  });
});

describe('sentencesInOrder', () => {
  const eager = [articleOfSentences('001_a', ['One.', 'Two.']), articleOfSentences('002_empty', []), articleOfSentences('003_c', ['Three.']), articleOfSentences('004_empty', []), articleOfSentences('005_e', ['Four.', 'Five.', 'Six.'])];
  const flat = eager.flatMap((a) => a.sentences);

  it('maps each position to the sentence an array of every sentence holds there, empty articles skipped', () => {
    for (const articles of [eager, eager.map(reload)]) {
      const positions = sentencesInOrder(articles);
      expect(positions.length).toBe(flat.length);
      flat.forEach((s, p) => {
        expect(positions.at(p)!.id, String(p)).toBe(s.id);
        expect(positions.at(p)!.text).toBe(s.text);
        const place = positions.place(p)!;
        expect(`${place.article.id}#${place.index}`).toBe(s.id);
      });
      for (const p of [-1, flat.length, flat.length + 1, 0.5, Number.NaN]) {
        expect(positions.at(p), String(p)).toBeUndefined();
        expect(positions.place(p), String(p)).toBeUndefined();
      }
    }
  });

  it('finds a place without making its article sentences; a source reads its id and quote without making them', () => {
    const loaded = eager.map(reload);
    const positions = sentencesInOrder(loaded);
    const place = positions.place(4)!;
    expect(place.article.id).toBe('005_e');
    const source = new SentenceSource(place.article, place.index, null);
    expect(source.sentenceId).toBe('005_e#1');
    expect(source.sentence).toBe('Five.');
    expect(source.articleId).toBe('005_e');
    expect(loaded.some(sentencesMade)).toBe(false);
    expect(source.quoted).toBe(positions.at(4));
    expect(source.sentenceId).toBe(source.quoted.id);
    expect(loaded.filter(sentencesMade).map((a) => a.id)).toEqual(['005_e']);
  });
});
