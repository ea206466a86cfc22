import { describe, expect, it } from 'vitest';
import MiniSearch, { type SearchResult } from 'minisearch';
import { SentenceSearch, selectNth, stem, type SentenceDoc } from '../../../src/core/search/sentence-search.ts';
import { STOP_WORDS, words } from '../../../src/core/text.ts';
import { buildCorpus } from '../../../src/core/corpus/build-corpus.ts';
import { articleIdFromFileName, parseArticleFile, type RawArticle } from '../../../src/core/corpus/parse-article-file.ts';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { prng } from '../../bench/vocabulary.ts';
import { joinBlobs, splitBlobs } from '../../../src/core/index-blobs.ts';

/** The JSON and .bin a build writes, read back as the load reads them. */
const viaFiles = <T>(value: T): T => {
  const { json, bin } = splitBlobs(value);
  return joinBlobs<T>(JSON.parse(json), bin);
};

/**
 * The search used to be MiniSearch 7 with these options; the answer pipeline was tuned on its ranking.
 * The index of our own must rank exactly as it did: same sentences, same order, same scores, same
 * matched terms. This is that MiniSearch, kept here as the reference.
 */
function miniSearchReference(docs: SentenceDoc[], stopTerms: ReadonlySet<string>) {
  const ids = docs.map((d) => d.id);
  const groups: [number, number][] = [];
  let prev: string | null = null;
  ids.forEach((id, i) => {
    const a = id.slice(0, id.lastIndexOf('#'));
    if (a === prev) groups[groups.length - 1]![1] = i + 1;
    else groups.push([i, i + 1]);
    prev = a;
  });
  const mini = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    storeFields: [],
    tokenize: (text) => words(text),
    processTerm: (term) => (STOP_WORDS.has(term) ? null : stopTerms.has(stem(term)) ? null : stem(term)),
  });
  mini.addAll(docs.map((d, i) => ({ id: i, text: d.text })));
  mini.addAll(groups.map(([first], g) => ({ id: docs.length + g, text: docs[first]!.title })));
  const boost = (id: unknown) => ((id as number) >= ids.length ? 0.25 : 1);
  return (stems: string[], limit = 50, titleLimit = 5) => {
    const terms = stems.filter((s) => !STOP_WORDS.has(s) && !stopTerms.has(s));
    if (terms.length === 0) return [];
    const results: SearchResult[] = mini.search(terms.join(' '), { processTerm: (t) => t, fuzzy: false, prefix: false, boostDocument: boost });
    const out: { id: string; score: number; terms: string[] }[] = [];
    const taken = new Set<number>();
    let own = 0;
    let titles = 0;
    for (const r of results) {
      const id = r.id as number;
      if (id < ids.length) {
        if (own >= limit || taken.has(id)) continue;
        own++;
        taken.add(id);
        out.push({ id: ids[id]!, score: r.score, terms: r.terms });
      } else {
        if (titles >= titleLimit) continue;
        titles++;
        const [first, end] = groups[id - ids.length]!;
        for (let p = first; p < end; p++) {
          if (taken.has(p)) continue;
          taken.add(p);
          out.push({ id: ids[p]!, score: r.score, terms: r.terms });
        }
      }
      if (own >= limit && titles >= titleLimit) break;
    }
    return out;
  };
}

function corpusDocs(): SentenceDoc[] {
  const raws: RawArticle[] = [];
  for (const a of generateCorpus({ articles: 120, seed: 3 }).articles) {
    const p = parseArticleFile(articleIdFromFileName(a.name), Buffer.from(a.text));
    if (p.ok) raws.push(p.article);
  }
  return buildCorpus(raws).flatMap((a) => a.sentences.map((s) => ({ id: s.id, text: s.text, title: a.title ?? '' })));
}

describe('SentenceSearch', () => {
  const docs = corpusDocs();
  const search = SentenceSearch.build(docs);
  const loaded = SentenceSearch.fromJSON(viaFiles(search.toJSON()), docs);
  const reference = miniSearchReference(docs, search.stopTerms);
  const vocabulary = [...new Set(docs.flatMap((d) => words(`${d.text} ${d.title}`)).filter((w) => !STOP_WORDS.has(w)).map(stem))].sort();

  it('leaves out the terms of more than 5% of the sentences of a large corpus', () => {
    expect(docs.length).toBeGreaterThan(2000);
    expect(search.stopTerms.size).toBeGreaterThan(0);
    expect(search.searchStems([...search.stopTerms].slice(0, 3))).toEqual([]);
  });

  it('ranks exactly as MiniSearch did: ids, order, scores and matched terms, built or loaded', () => {
    const r = prng(11);
    const queries: string[][] = [['turksoy'], ['2019'], [stem('festival'), stem('held')], ['minister', 'minister', stem('culture')]];
    for (let i = 0; i < 300; i++) {
      const k = 1 + Math.floor(r() * 6);
      queries.push(Array.from({ length: k }, () => vocabulary[Math.floor(r() * vocabulary.length)]!));
    }
    let full = 0;
    for (const q of queries) {
      for (const [limit, titles] of [[50, 5], [40, 3], [5, 0]] as const) {
        const want = reference(q, limit, titles);
        if (want.length >= limit) full++;
        expect(search.searchStems(q, { limit, titles }), q.join(' ')).toEqual(want);
        expect(loaded.searchStems(q, { limit, titles }), q.join(' ')).toEqual(want);
      }
    }
    // Most queries fill the limit: the ranking's head is cut from many more matches.
    expect(full).toBeGreaterThan(300);
  });

  it('refuses an index that does not fit the articles', () => {
    expect(() => SentenceSearch.fromJSON(search.toJSON(), docs.slice(1))).toThrow('search index holds');
  });
});

describe('selectNth', () => {
  it('finds the value a sort would put at each position, with ties, runs and few distinct values', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const shapes: ((i: number) => number)[] = [
      () => random(),
      () => Math.floor(random() * 4),
      (i) => i,
      (i) => 1000 - i,
      () => 5,
    ];
    for (const shape of shapes) {
      for (const size of [1, 2, 3, 10, 257]) {
        const xs = Float64Array.from({ length: size }, (_, i) => shape(i));
        const sorted = [...xs].sort((a, b) => a - b);
        for (const nth of new Set([0, size >> 1, size - 1, Math.floor(random() * size)])) {
          expect(selectNth(Float64Array.from(xs), nth)).toBe(sorted[nth]);
        }
      }
    }
  });
});
