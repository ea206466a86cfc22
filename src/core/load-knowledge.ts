import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sentencesById, type Knowledge } from './knowledge.ts';
import type { Article, Entity, Fact, FactSource, Sentence } from './types.ts';
import { SentenceSource, sentencesInOrder, type SentencesAt, type StoredFact, type StoredSource } from './stored-facts.ts';
import { FactIndex, type FactIndexJSON } from './qa/fact-index.ts';
import { restoreArticle, sentenceCount, type StoredArticle } from './stored-articles.ts';
import { INDEX_FILES, INDEX_SCHEMA_VERSION, hashInputs, readSeedFiles, type Manifest } from './build-index.ts';
import { SentenceSearch, type SentenceSearchJSON } from './search/sentence-search.ts';
import { SentenceNames, type SentenceNamesJSON } from './qa/sentence-names.ts';
import { vocabularyFromJSON, type VocabularyJSON } from './qa/vocabulary.ts';
import { joinBlobs } from './index-blobs.ts';
import { StoredFactTable } from './fact-table.ts';
import { startHashCheck } from './index-hash-check.ts';

export class IndexError extends Error {
  constructor(
    message: string,
    readonly reason: 'missing' | 'corrupted' | 'stale' | 'version',
  ) {
    super(`index: ${message}`);
    this.name = 'IndexError';
  }
}

/** Reads an index directory written by buildIndex; refuses a missing, corrupted or other-version one. */
export function loadKnowledge(dir: string): Knowledge {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new IndexError(`no manifest.json in ${dir}: run \`npm run build:index\``, 'missing');
  const manifest = parseJson<Manifest>(readFileSync(manifestPath, 'utf8'), 'manifest.json');
  if (manifest.schemaVersion !== INDEX_SCHEMA_VERSION) {
    throw new IndexError(`${dir} has schema version ${manifest.schemaVersion}, this code reads ${INDEX_SCHEMA_VERSION}: run \`npm run build:index\``, 'version');
  }
  // One file at a time, its text dropped once parsed: holding every file's text until the end raised
  // the resident memory a loaded bot keeps.
  const bytesOf = (name: (typeof INDEX_FILES)[number]): Buffer => readFileSync(join(dir, name));
  const read = <T>(name: (typeof INDEX_FILES)[number] & `${string}.json`): T => {
    const json = parseJson<T>(bytesOf(name).toString('utf8'), name);
    const bin = name.replace(/\.json$/, '.bin') as (typeof INDEX_FILES)[number];
    if (!(INDEX_FILES as readonly string[]).includes(bin)) return json;
    // The byte arrays as views of the .bin (index-blobs.ts): no copy, no string.
    return fitting(name, () => joinBlobs<T>(json, bytesOf(bin)));
  };
  for (const name of INDEX_FILES) if (!existsSync(join(dir, name))) throw new IndexError(`${name} is missing from ${dir}: run \`npm run build:index\``, 'missing');
  // Every file's bytes, as written, against the manifest: hashed alongside the parsing (index-hash-check.ts).
  // A file that fails to parse or to fit is reported as not matching its hash when it does not.
  const check = startHashCheck(dir, INDEX_FILES.map((name) => [name, manifest.files[name] ?? '', statSync(join(dir, name)).size] as const));
  const mismatch = () => {
    const bad = check.firstMismatch();
    return bad === null ? null : new IndexError(`${bad} in ${dir} does not match its manifest hash (corrupted or edited by hand): run \`npm run build:index\``, 'corrupted');
  };
  let knowledge: Knowledge;
  try {
    knowledge = parseIndex(dir, manifest, read);
  } catch (err) {
    throw mismatch() ?? err;
  }
  const bad = mismatch();
  if (bad) throw bad;
  return knowledge;
}

function parseIndex(dir: string, manifest: Manifest, read: <T>(name: (typeof INDEX_FILES)[number] & `${string}.json`) => T): Knowledge {
  const articles: Article[] = read<StoredArticle[]>('articles.json').map(restoreArticle);
  const articleMap = new Map(articles.map((a) => [a.id, a]));
  const sentences = sentencesById(articles, articleMap);
  // Rules and subjects interned apart, as facts are made (on first read): a bot that reads facts for
  // days keeps one string per rule and per subject, however many facts repeat them.
  const same = { rule: interning(), subject: interning() };
  const inOrder = sentencesInOrder(articles);
  // Each fact read from the file and parsed when first asked for (fact-table.ts): most questions read a few hundred.
  const facts = StoredFactTable.open(
    join(dir, 'facts.json'),
    (f) => restoreFact(f, articleMap, sentences, inOrder, same),
    (message) => new IndexError(`facts.json in ${dir}: ${message}: run \`npm run build:index\``, 'corrupted'),
  );
  const entities = read<Entity[]>('entities.json');
  const search = searchFrom(read<SentenceSearchJSON>('search.json'), inOrder, articles);
  const factIndex = fitting('fact-index.json', () => FactIndex.fromJSON(read<FactIndexJSON>('fact-index.json'), facts.length));
  const names = fitting('names.json', () => SentenceNames.fromJSON(read<SentenceNamesJSON>('names.json'), articles));
  const vocabulary = fitting('vocabulary.json', () => vocabularyFromJSON(read<VocabularyJSON>('vocabulary.json'), sentences.size));
  return { articles: articleMap, sentences, facts, entities, search, factIndex, names, vocabulary, inputHash: manifest.inputHash };
}

/**
 * True when the index is missing, or was built from this seeds directory and no longer matches it. An
 * index built from another directory (`build:index --seeds DIR`) is never judged against this one.
 */
export function isIndexStale(indexDir: string, seedsDir: string): boolean {
  const manifestPath = join(indexDir, 'manifest.json');
  if (!existsSync(manifestPath) || !existsSync(seedsDir)) return !existsSync(manifestPath);
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (manifest.seedsDir !== undefined && resolve(manifest.seedsDir) !== resolve(seedsDir)) return false;
    return manifest.inputHash !== hashInputs(readSeedFiles(seedsDir).files) || manifest.schemaVersion !== INDEX_SCHEMA_VERSION;
  } catch {
    return true;
  }
}

/** A derived file whose arrays do not fit together or do not fit articles.json is a corrupted index. */
function fitting<T>(name: string, decode: () => T): T {
  try {
    return decode();
  } catch (err) {
    if (err instanceof IndexError) throw err;
    throw new IndexError(`${name} does not fit the index (${(err as Error).message}): run \`npm run build:index\``, 'corrupted');
  }
}

function searchFrom(json: SentenceSearchJSON, sentences: SentencesAt, articles: readonly Article[]): SentenceSearch {
  try {
    // Each article with sentences is one run of them, in order: known from the articles without
    // reading 300,000 ids again.
    let first = 0;
    const groups: [number, number][] = [];
    for (const a of articles) {
      const n = sentenceCount(a);
      if (n) groups.push([first, first + n]);
      first += n;
    }
    return SentenceSearch.fromJSON(json, sentences, groups);
  } catch (err) {
    throw new IndexError(`search.json does not fit articles.json (${(err as Error).message}): run \`npm run build:index\``, 'corrupted');
  }
}

/**
 * Puts each source back as the extractor made it (see StoredFact), in place: the quote is the
 * sentence's own string, held once however many facts quote it.
 */
function restoreFact(f: StoredFact, articles: ReadonlyMap<string, Article>, sentences: ReadonlyMap<string, Sentence>, inOrder: SentencesAt, same: { rule: (s: string) => string; subject: (s: string) => string }): Fact {
  // JSON.parse makes a string per occurrence: 115,000 facts at 10,000 articles carry 9 rule names and
  // 12,000 subjects. With the sentence ids below, 19 MB less heap kept once every fact is made.
  if (f.rule !== undefined) f.rule = same.rule(f.rule);
  f.subject = same.subject(f.subject);
  const sources = f.sources as (StoredSource | FactSource)[];
  for (let i = 0; i < sources.length; i++) {
    const src = sources[i]!;
    if (typeof src === 'number') {
      // The sentence's own strings (article id, id, text), read from it: one each however many sources quote it.
      const place = inOrder.place(src);
      if (place === undefined) throw new IndexError(`facts.json quotes sentence ${src} of ${inOrder.length}: run \`npm run build:index\``, 'corrupted');
      sources[i] = new SentenceSource(place.article, place.index, place.article.date);
    } else src.sentence ??= sentences.get(src.sentenceId)?.text ?? '';
  }
  return f as unknown as Fact;
}

/**
 * One string for equal strings, for as long as the knowledge lives. facts.json lists facts by kind,
 * rule and subject, and facts are often made in runs of neighbours (factsOfKind, a question's
 * reachable facts): the last string is checked before hashing.
 */
function interning(): (s: string) => string {
  const seen = new Map<string, string>();
  let last = '';
  return (s) => {
    if (s === last) return last;
    const hit = seen.get(s);
    if (hit !== undefined) return (last = hit);
    seen.set(s, s);
    return (last = s);
  };
}

function parseJson<T>(text: string, name: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new IndexError(`${name} is not valid JSON (${(err as Error).message}): run \`npm run build:index\``, 'corrupted');
  }
}
