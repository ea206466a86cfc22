import { describe, expect, it } from 'vitest';
import { buildIndexData } from '../../src/core/build-index.ts';
import { parseArticleFile, articleIdFromFileName } from '../../src/core/corpus/parse-article-file.ts';
import { benchQuestions, generateCorpus } from './generate-corpus.ts';

// No timings here: the benchmark itself is `npm run bench`. This only checks the generator's output.
describe('generateCorpus', () => {
  const corpus = generateCorpus({ articles: 300, seed: 7 });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateCorpus({ articles: 300, seed: 7 });
    expect(again.articles).toEqual(corpus.articles);
    expect(generateCorpus({ articles: 300, seed: 8 }).articles[0]!.text).not.toBe(corpus.articles[0]!.text);
  });

  it('writes parseable articles: dated, undated and with front matter', () => {
    const parsed = corpus.articles.map((a) => parseArticleFile(articleIdFromFileName(a.name), Buffer.from(a.text)));
    expect(parsed.every((p) => p.ok)).toBe(true);
    const articles = parsed.flatMap((p) => (p.ok ? [p.article] : []));
    expect(articles.filter((a) => a.date === null).length).toBeGreaterThan(5);
    expect(articles.filter((a) => a.title !== null).length).toBeGreaterThan(5);
    expect(new Set(corpus.articles.map((a) => a.name)).size).toBe(300);
  });

  it('does not repeat one text: sentences vary', () => {
    const sentences = corpus.articles.flatMap((a) => a.text.split(/(?<=\.)\s+/));
    expect(new Set(sentences).size / sentences.length).toBeGreaterThan(0.5);
  });

  it('gives articles whose facts get extracted, of every main kind', () => {
    const built = buildIndexData(corpus.articles.map((a) => ({ name: a.name, bytes: Buffer.from(a.text) })));
    expect(built.manifest.skipped).toEqual([]);
    for (const kind of ['role', 'event', 'capital', 'founding', 'proposal', 'statement', 'figure', 'decision']) {
      expect(built.manifest.factsByKind[kind] ?? 0, kind).toBeGreaterThan(0);
    }
    // The famous people of the catalog are found as people.
    const people = new Set(built.entities.filter((e) => e.type === 'person').map((e) => e.name));
    expect(corpus.catalog.people.slice(0, 5).filter((p) => people.has(p.name)).length).toBeGreaterThanOrEqual(3);
  });

  it('makes a fixed mixed question set from the corpus names', () => {
    const qs = benchQuestions(corpus.catalog, 60);
    expect(qs).toHaveLength(60);
    expect(benchQuestions(corpus.catalog, 60)).toEqual(qs);
    expect(qs.some((q) => q.startsWith('Who is '))).toBe(true);
    expect(qs.some((q) => /^Which cities|^List /.test(q))).toBe(true);
  });
});
