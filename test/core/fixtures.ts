/** Helpers for the core tests: the fixture articles, and small in-memory articles built like seeds. */
import { fileURLToPath } from 'node:url';
import { buildIndexData, readSeedFiles, type SeedFile } from '../../src/core/build-index.ts';
import { buildCorpus } from '../../src/core/corpus/build-corpus.ts';
import { parseArticleFile } from '../../src/core/corpus/parse-article-file.ts';
import { extractFacts } from '../../src/core/facts/extract-facts.ts';
import type { Article, Fact, FactKind, Sentence } from '../../src/core/types.ts';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

export function fixtureFiles(): SeedFile[] {
  return readSeedFiles(FIXTURES_DIR).files;
}

let cached: ReturnType<typeof buildIndexData> | null = null;
/** The fixture articles built once per test file: articles, facts, manifest. */
export function fixtureIndex(): ReturnType<typeof buildIndexData> {
  cached ??= buildIndexData(fixtureFiles());
  return cached;
}

/** A seed file from text, as it would sit in seeds/. */
export function seed(name: string, text: string): SeedFile {
  return { name, bytes: Buffer.from(text, 'utf8') };
}

/** Articles from `[id, file text]` pairs, parsed, cleaned and split as build:index does. */
export function articlesFrom(...files: [string, string][]): Article[] {
  return buildCorpus(
    files.map(([id, text]) => {
      const parsed = parseArticleFile(id, Buffer.from(text, 'utf8'));
      if (!parsed.ok) throw new Error(`fixture ${id}: ${parsed.reason}`);
      return parsed.article;
    }),
  );
}

/** Facts of in-memory articles. */
export function factsFrom(...files: [string, string][]): Fact[] {
  return extractFacts(articlesFrom(...files)).facts;
}

export function ofKind(facts: Fact[], kind: FactKind): Fact[] {
  return facts.filter((f) => f.kind === kind);
}

/** The one fact of a kind with that subject (and object, when given); fails loudly when absent. */
export function theFact(facts: Fact[], kind: FactKind, subject: string, object?: string): Fact {
  const hits = facts.filter((f) => f.kind === kind && f.subject === subject && (object === undefined || f.object === object));
  if (hits.length !== 1) {
    const seen = facts.filter((f) => f.kind === kind).map((f) => `${f.subject} | ${f.object}`);
    throw new Error(`expected one ${kind} fact for ${subject}${object ? ` / ${object}` : ''}, found ${hits.length}; ${kind} facts: ${JSON.stringify(seen, null, 1)}`);
  }
  return hits[0]!;
}

/** An article of one paragraph holding these sentences, with ids and offsets as the corpus builds them. */
export function articleOfSentences(id: string, texts: string[]): Article {
  let text = '';
  const sentences: Sentence[] = texts.map((t, index) => {
    const start = text.length;
    text += `${t} `;
    return { id: `${id}#${index}`, articleId: id, index, paragraph: 0, start, end: start + t.length, text: t };
  });
  return { id, title: null, url: null, publisher: null, date: null, text, paragraphs: [{ index: 0, start: 0, end: text.length }], sentences };
}

/** What `fn` throws; a test that expects a throw fails when nothing is thrown. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}
