import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Knowledge } from './knowledge.ts';
import type { Article, Entity, Fact } from './types.ts';
import { restoreArticle, type StoredArticle } from './stored-articles.ts';
import { INDEX_FILES, INDEX_SCHEMA_VERSION, hashInputs, readSeedFiles, sha256, type Manifest } from './build-index.ts';
import { SentenceSearch, type SentenceSearchJSON } from './search/sentence-search.ts';

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
  const texts: Record<string, string> = {};
  for (const name of INDEX_FILES) {
    const path = join(dir, name);
    if (!existsSync(path)) throw new IndexError(`${name} is missing from ${dir}: run \`npm run build:index\``, 'missing');
    const text = readFileSync(path, 'utf8');
    if (sha256(text) !== manifest.files[name]) throw new IndexError(`${name} in ${dir} does not match its manifest hash (corrupted or edited by hand): run \`npm run build:index\``, 'corrupted');
    texts[name] = text;
  }
  const articles: Article[] = parseJson<StoredArticle[]>(texts['articles.json']!, 'articles.json').map(restoreArticle);
  const facts = parseJson<Fact[]>(texts['facts.json']!, 'facts.json');
  const entities = parseJson<Entity[]>(texts['entities.json']!, 'entities.json');
  const search = SentenceSearch.fromJSON(parseJson<SentenceSearchJSON>(texts['search.json']!, 'search.json'));
  const articleMap = new Map(articles.map((a) => [a.id, a]));
  const sentences = new Map(articles.flatMap((a) => a.sentences.map((s) => [s.id, s] as const)));
  // Each fact quotes its sentence; JSON.parse made a copy of every quote. Point them at the sentence's
  // own string instead, so a sentence quoted by ten facts is held once.
  for (const f of facts) {
    for (const src of f.sources) {
      const own = sentences.get(src.sentenceId)?.text;
      if (own === src.sentence) src.sentence = own;
    }
  }
  return { articles: articleMap, sentences, facts, entities, search, inputHash: manifest.inputHash };
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

function parseJson<T>(text: string, name: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new IndexError(`${name} is not valid JSON (${(err as Error).message}): run \`npm run build:index\``, 'corrupted');
  }
}
