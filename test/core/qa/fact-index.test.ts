import { describe, expect, it } from 'vitest';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';
import { DecodedPostings, FactIndex, coreTextOf, holds, union } from '../../../src/core/qa/fact-index.ts';
import { termsOf } from '../../../src/core/qa/analyze-question.ts';
import { letterDifference } from '../../../src/core/qa/vocabulary.ts';
import { fixtureIndex } from '../fixtures.ts';
import { sentencesById } from '../../../src/core/knowledge.ts';
import { joinBlobs, splitBlobs } from '../../../src/core/index-blobs.ts';
import { decodeArray, encodeArray } from '../../../src/core/packed-arrays.ts';

/** The JSON and .bin a build writes, read back as the load reads them. */
const viaFiles = <T>(value: T): T => {
  const { json, bin } = splitBlobs(value);
  return joinBlobs<T>(JSON.parse(json), bin);
};

function indexOfFixtures() {
  const built = fixtureIndex();
  const articles = new Map(built.articles.map((a) => [a.id, a]));
  const sentences = sentencesById(built.articles);
  return { facts: built.facts, index: FactIndex.build(built.facts, articles, sentences), articles };
}

describe('FactIndex', () => {
  const { facts, index, articles } = indexOfFixtures();

  it('posts every fact under the terms of its own fields, its quotes and its titles', () => {
    expect(facts.length).toBeGreaterThan(20);
    facts.forEach((f, i) => {
      for (const t of termsOf(coreTextOf(f))) expect(holds(index.withTerm(t, 'core'), i), `${f.id} core ${t}`).toBe(true);
      for (const src of f.sources) {
        for (const t of termsOf(src.sentence)) expect(holds(index.withTerm(t, 'quote'), i), `${f.id} quote ${t}`).toBe(true);
        for (const t of termsOf(articles.get(src.articleId)?.title ?? '')) expect(holds(index.withTerm(t, 'title'), i), `${f.id} title ${t}`).toBe(true);
      }
    });
  });

  it('finds names and surnames: a role fact under its person and organization', () => {
    const i = facts.findIndex((f) => f.kind === 'role' && f.subject === 'Sultan Raev');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(holds(union(index.withWordPrefix('raev')), i)).toBe(true);
    expect(holds(index.withEntity('TURKSOY'), i)).toBe(true);
    // A prefix finds longer words ("raev" in "raev's" is folded away; "rae" reaches "raev").
    expect(holds(union(index.withWordPrefix('rae')), i)).toBe(true);
    expect(index.withWordPrefix('zzzz')).toEqual([]);
    expect(index.withEntity('Atlantis')).toHaveLength(0);
  });

  it('keeps postings sorted and distinct, and survives its JSON form unchanged', () => {
    const json = index.toJSON();
    const again = FactIndex.fromJSON(viaFiles(json));
    expect(again.toJSON()).toEqual(json);
    for (const field of ['core', 'quote', 'title'] as const) {
      expect(json[field].keys.length).toBeGreaterThan(10);
      expect(json[field].keys).toEqual([...json[field].keys].sort());
      for (const term of json[field].keys) {
        const list = [...again.withTerm(term, field)];
        expect(list.length, term).toBeGreaterThan(0);
        expect(list, term).toEqual([...new Set(list)].sort((x, y) => x - y));
      }
    }
  });

  it('refuses postings whose arrays do not fit together', () => {
    const json = index.toJSON();
    expect(() => FactIndex.fromJSON({ ...json, words: { ...json.words, keys: [...json.words.keys, 'zzz'] } })).toThrow(/fact index: words arrays do not fit/);
    expect(() => FactIndex.fromJSON({ ...json, entities: undefined } as never)).toThrow(/no entities postings/);
    // Byte starts stored with the varints: ones that do not fit them are refused, not read past.
    const starts = decodeArray(json.words.byteStarts, Uint32Array).slice();
    const shifted = starts.slice();
    shifted[1] = shifted[2]!;
    expect(() => FactIndex.fromJSON({ ...json, words: { ...json.words, byteStarts: encodeArray(shifted) } })).toThrow(/fact index: words postings of key 1 do not fit their bytes/);
    expect(() => FactIndex.fromJSON({ ...json, words: { ...json.words, byteStarts: encodeArray(starts.subarray(1)) } })).toThrow(/fact index: words arrays do not fit together/);
    expect(() => FactIndex.fromJSON({ ...json, words: { ...json.words, positions: json.words.positions.subarray(1) } })).toThrow(/fact index: words arrays do not fit together/);
  });
});

describe('postings helpers', () => {
  it('union and holds agree with sets on random lists', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 200; round++) {
      const lists = Array.from({ length: 1 + rand(4) }, () => Int32Array.from([...new Set(Array.from({ length: rand(30) }, () => rand(100)))].sort((x, y) => x - y)));
      const expected = [...new Set(lists.flatMap((l) => [...l]))].sort((x, y) => x - y);
      const got = union(lists);
      expect([...got]).toEqual(expected);
      for (let i = 0; i < 100; i++) expect(holds(got, i)).toBe(expected.includes(i));
    }
  });
});

describe('letterDifference', () => {
  it('is at most twice the edit distance, so skipping above 2 x limit loses no correction', () => {
    const words = ['festival', 'festivals', 'fesitval', 'festivla', 'turksoy', 'trksoy', 'ministry', 'minsitry', 'nauryz', 'navruz', 'aliyev', 'aliyeva', 'yerlankyzy', 'yerlankizy', 'ashgabat', 'ashgabad', 'kastamonu', 'kastamonou'];
    for (const a of words) {
      for (const b of words) {
        expect(letterDifference(a, b), `${a} ${b}`).toBeLessThanOrEqual(2 * DamerauLevenshteinDistance(a, b));
      }
    }
    expect(letterDifference('festival', 'festival')).toBe(0);
    expect(letterDifference('festival', 'fesitval')).toBe(0);
    expect(letterDifference('aliyev', 'aliyeva')).toBe(1);
    expect(letterDifference('turksoy', 'unesco')).toBeGreaterThan(4);
  });
});

describe('DecodedPostings', () => {
  const list = (n: number) => new Int32Array(n);

  it('evicts the least recently used postings first, and keeps no more positions than its limit', () => {
    const cache = new DecodedPostings(10);
    cache.set(1, list(4));
    cache.set(2, list(4));
    // Reading 1 makes 2 the least recently used: adding 3 evicts 2, not 1.
    expect(cache.get(1)).toBeDefined();
    cache.set(3, list(4));
    expect(cache.get(2)).toBeUndefined();
    expect(cache.get(1)?.length).toBe(4);
    expect(cache.get(3)?.length).toBe(4);
    expect(cache.held).toBe(8);
    // Postings longer than the whole limit are not kept, and evict nothing.
    cache.set(4, list(11));
    expect(cache.get(4)).toBeUndefined();
    expect(cache.held).toBe(8);
    // One that needs the room of both evicts both.
    cache.set(5, list(10));
    expect([cache.get(1), cache.get(3)]).toEqual([undefined, undefined]);
    expect(cache.held).toBe(10);
  });
});
