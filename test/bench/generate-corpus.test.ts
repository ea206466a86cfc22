import { describe, expect, it } from 'vitest';
import { buildIndexData } from '../../src/core/build-index.ts';
import { parseArticleFile, articleIdFromFileName } from '../../src/core/corpus/parse-article-file.ts';
import { fold } from '../../src/core/text.ts';
import { generateCorpus } from './generate-corpus.ts';
import { addTypo, benchQuestions } from './bench-questions.ts';
import { prng } from './vocabulary.ts';

// No timings here: the benchmark itself is `npm run bench`. This checks the generator's output and the
// answer records every benchmark question is judged against.
describe('generateCorpus', () => {
  const corpus = generateCorpus({ articles: 300, seed: 7 });
  const texts = corpus.articles.map((a) => a.text);
  const folded = texts.map(fold);

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateCorpus({ articles: 300, seed: 7 });
    expect(again.articles).toEqual(corpus.articles);
    expect(generateCorpus({ articles: 300, seed: 8 }).articles[0]!.text).not.toBe(corpus.articles[0]!.text);
  });

  it('writes parseable articles of seed length: dated, undated and with front matter', () => {
    const parsed = corpus.articles.map((a) => parseArticleFile(articleIdFromFileName(a.name), Buffer.from(a.text)));
    expect(parsed.every((p) => p.ok)).toBe(true);
    const articles = parsed.flatMap((p) => (p.ok ? [p.article] : []));
    expect(articles.filter((a) => a.date === null).length).toBeGreaterThan(5);
    expect(articles.filter((a) => a.title !== null).length).toBeGreaterThan(5);
    expect(new Set(corpus.articles.map((a) => a.name)).size).toBe(300);
    const lengths = texts.map((t) => t.split(/\s+/).filter(Boolean).length).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThanOrEqual(300);
    expect(lengths[0]).toBeGreaterThanOrEqual(280);
    expect(lengths[lengths.length - 1]).toBeLessThanOrEqual(800);
  });

  it('has a wide vocabulary, many names and few repeated sentences', () => {
    const vocab = new Set(folded.flatMap((t) => t.match(/[\p{L}]+/gu) ?? []));
    expect(vocab.size).toBeGreaterThan(3000);
    expect(new Set(corpus.catalog.people.map((p) => p.surname)).size).toBeGreaterThan(300);
    const sentences = texts.flatMap((t) => t.split(/(?<=\.)\s+(?=[A-Z])/));
    expect(new Set(sentences).size / sentences.length).toBeGreaterThan(0.85);
  });

  it('gives articles whose facts get extracted, of the main kinds', () => {
    const built = buildIndexData(corpus.articles.map((a) => ({ name: a.name, bytes: Buffer.from(a.text) })));
    expect(built.manifest.skipped).toEqual([]);
    for (const kind of ['role', 'event', 'founding', 'proposal', 'statement']) expect(built.manifest.factsByKind[kind] ?? 0, kind).toBeGreaterThan(0);
  });

  it('keeps one holder per post, one place and date per event', () => {
    const titles = corpus.catalog.people.map((p) => p.role.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(corpus.catalog.people.map((p) => p.name)).size).toBe(corpus.catalog.people.length);
    expect(new Set(corpus.catalog.events.map((e) => e.name)).size).toBe(corpus.catalog.events.length);
  });

  it('records only what the articles state: each recorded fact is in some article, as recorded', () => {
    const { catalog, records } = corpus;
    const stated = (...parts: string[]) => folded.some((t) => parts.every((p) => t.includes(fold(p))));
    for (const pi of records.personRole.keys()) {
      const p = catalog.people[pi]!;
      expect(stated(p.name, p.role.title) || stated(`${p.role.prefix} ${p.name}`), p.name).toBe(true);
    }
    for (const ei of records.eventPlaceDate.keys()) {
      const e = catalog.events[ei]!;
      const [y, m, d] = e.date.split('-').map(Number) as [number, number, number];
      const month = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][m - 1]!;
      expect(stated(e.name, e.city, `${d} ${month} ${y}`), e.name).toBe(true);
    }
    for (const fi of records.founding.keys()) expect(stated(catalog.foundings[fi]!.name, String(catalog.foundings[fi]!.year))).toBe(true);
    for (const pi of records.proposal.keys()) expect(stated(catalog.proposals[pi]!.thing, catalog.people[catalog.proposals[pi]!.person]!.name)).toBe(true);
    for (const s of records.statements.values()) expect(stated(s.quote, catalog.people[s.person]!.surname)).toBe(true);
    for (const ei of records.eventPrize.keys()) expect(stated(catalog.events[ei]!.prize.title)).toBe(true);
  });
});

describe('benchQuestions', () => {
  const { catalog, records } = generateCorpus({ articles: 300, seed: 7 });
  const qs = benchQuestions(catalog, records, 1000);

  it('is deterministic and as long as asked', () => {
    expect(qs).toHaveLength(1000);
    expect(benchQuestions(catalog, records, 1000)).toEqual(qs);
  });

  it('makes a quarter off-topic or near misses, expected to get "I don\'t know"', () => {
    const no = qs.filter((q) => q.expect === null);
    expect(no.length / qs.length).toBeGreaterThan(0.2);
    expect(no.length / qs.length).toBeLessThan(0.3);
    expect(no.every((q) => q.kind === 'off-topic' || q.kind === 'near-miss')).toBe(true);
    expect(new Set(no.map((q) => q.text)).size).toBeGreaterThan(100);
  });

  it('gives each answerable question its answer from the records', () => {
    const yes = qs.filter((q) => q.expect !== null);
    expect(yes.every((q) => q.expect!.length > 0 && q.expect!.every((g) => g.length > 0 && g.every((s) => s.length > 0)))).toBe(true);
    const kinds = new Set(yes.map((q) => q.kind));
    for (const k of ['role-holder', 'who-is', 'event-place', 'event-date', 'event-organizer', 'founding', 'proposal', 'statement']) expect(kinds.has(k as never), k).toBe(true);
    // Spot checks against the catalog: the holder of a post is its answer, the city of an event too.
    const holder = yes.find((q) => q.kind === 'role-holder' && !q.typo && q.text.startsWith('Who is the '))!;
    const title = holder.text.replace(/^Who is the /, '').replace(/\?$/, '');
    expect(holder.expect).toEqual([[fold(catalog.people.find((p) => p.role.title === title)!.surname)]]);
    const place = yes.find((q) => q.kind === 'event-place' && !q.typo && q.text.startsWith('Where was the '))!;
    const event = catalog.events.find((e) => place.text === `Where was the ${e.name} held?`)!;
    expect(place.expect).toEqual([[fold(event.city)]]);
  });

  it('never asks about a near miss that the records hold', () => {
    const titles = new Set(catalog.people.map((p) => `Who is the ${p.role.title}?`));
    const names = new Set(catalog.people.map((p) => `Who is ${p.name}?`));
    for (const q of qs.filter((x) => x.kind === 'near-miss' && !x.typo)) {
      expect(titles.has(q.text) || names.has(q.text), q.text).toBe(false);
    }
  });

  it('puts a typo in about one question in seven, one edit in one word', () => {
    const share = qs.filter((q) => q.typo).length / qs.length;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.2);
    const r = prng(1);
    const typo = addTypo(r, 'Where was the festival held?');
    expect(typo).not.toBe('Where was the festival held?');
    expect(Math.abs(typo.length - 'Where was the festival held?'.length)).toBeLessThanOrEqual(1);
  });
});
