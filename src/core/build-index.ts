/**
 * The file-facing edge of the core: seeds/ in, index/ out. Everything between is pure (corpus, facts,
 * search); this module only reads and writes files, deterministically (sorted inputs, no timestamps).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleIdFromFileName, parseArticleFile, type RawArticle } from './corpus/parse-article-file.ts';
import { buildCorpus } from './corpus/build-corpus.ts';
import { extractFacts } from './facts/extract-facts.ts';
import { SentenceSearch, type SentenceDoc } from './search/sentence-search.ts';
import type { Article, Entity, Fact, Sentence } from './types.ts';
import { FactIndex } from './qa/fact-index.ts';
import { storeArticle } from './stored-articles.ts';
import { sentencePositions, storeFact } from './stored-facts.ts';
import { sentencesById } from './knowledge.ts';
import { SentenceNames } from './qa/sentence-names.ts';
import { buildVocabulary, vocabularyToJSON } from './qa/vocabulary.ts';
import { BlobWriter, splitBlobs } from './index-blobs.ts';

/** Bump when the shape of any index file changes: an index of another version is rebuilt. */
export const INDEX_SCHEMA_VERSION = 13;

/**
 * Each `.bin` holds the byte arrays of the `.json` of its name (index-blobs.ts); the load reads them
 * in this order.
 */
export const INDEX_FILES = [
  'articles.json',
  'articles.bin',
  'facts.json',
  'entities.json',
  'search.json',
  'search.bin',
  'fact-index.json',
  'fact-index.bin',
  'names.json',
  'names.bin',
  'vocabulary.json',
  'vocabulary.bin',
] as const;

export interface Manifest {
  schemaVersion: number;
  /** The seeds directory as given to the build ("seeds" by default): staleness is judged against it. */
  seedsDir: string;
  /** sha256 of the seed files (names and bytes, sorted by name). */
  inputHash: string;
  articles: number;
  skipped: { file: string; reason: string }[];
  factsByKind: Record<string, number>;
  /** sha256 of each index file, checked at load time to refuse a corrupted index. */
  files: Record<string, string>;
}

export interface SeedFile {
  name: string;
  bytes: Buffer;
}

export interface BuildReport {
  manifest: Manifest;
  articles: Article[];
  facts: Fact[];
}

export interface BuildWarning {
  file: string;
  reason: string;
}

/** The seed files of a directory, sorted by name; unreadable ones come back as warnings. */
export function readSeedFiles(seedsDir: string): { files: SeedFile[]; unreadable: BuildWarning[] } {
  const files: SeedFile[] = [];
  const unreadable: BuildWarning[] = [];
  for (const name of readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort()) {
    try {
      if (!statSync(join(seedsDir, name)).isFile()) throw new Error('not a regular file');
      files.push({ name, bytes: readFileSync(join(seedsDir, name)) });
    } catch (err) {
      unreadable.push({ file: name, reason: `unreadable: ${(err as Error).message}` });
    }
  }
  return { files, unreadable };
}

export function hashInputs(files: SeedFile[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    h.update(f.name);
    h.update('\0');
    h.update(f.bytes);
    h.update('\0');
  }
  return h.digest('hex');
}

/** Builds the index from seed files in memory: articles, facts, entities, search, manifest. */
export function buildIndexData(files: SeedFile[], unreadable: BuildWarning[] = [], seedsDir = 'seeds') {
  const skipped: BuildWarning[] = [...unreadable];
  const raws: RawArticle[] = [];
  for (const f of files) {
    const parsed = parseArticleFile(articleIdFromFileName(f.name), f.bytes);
    if (parsed.ok) raws.push(parsed.article);
    else skipped.push({ file: f.name, reason: parsed.reason });
  }
  const articles = buildCorpus(raws);
  const { facts, entities } = extractFacts(articles);
  const docs: SentenceDoc[] = articles.flatMap((a) => a.sentences.map((s) => ({ id: s.id, text: s.text, title: a.title ?? '' })));
  const search = SentenceSearch.build(docs);
  const sentences = sentencesById(articles);
  const articleMap = new Map(articles.map((a) => [a.id, a]));
  const factIndex = FactIndex.build(facts, articleMap, sentences);
  // What the answer path would otherwise find again at start-up (vocabulary) or per question (names).
  const names = SentenceNames.build(articles);
  const vocabulary = buildVocabulary([...sentences.values()], facts, entities);
  const factsByKind: Record<string, number> = {};
  for (const f of facts) factsByKind[f.kind] = (factsByKind[f.kind] ?? 0) + 1;
  const articleBlobs = new BlobWriter();
  const articlesJson = asciiJson(`[\n${articles.map((a) => articleBlobs.stringify(storeArticle(a))).join(',\n')}\n]\n`);
  const search_ = splitBlobs(search.toJSON());
  const factIndex_ = splitBlobs(factIndex.toJSON());
  const names_ = splitBlobs(names.toJSON());
  const vocabulary_ = splitBlobs(vocabularyToJSON(vocabulary));
  const contents: Record<(typeof INDEX_FILES)[number], string | Buffer> = {
    'articles.json': articlesJson,
    'articles.bin': articleBlobs.bytes(),
    'facts.json': `${serializeFacts(facts, articleMap, sentences)}\n`,
    'entities.json': `${JSON.stringify(entities, null, 1)}\n`,
    'search.json': `${search_.json}\n`,
    'search.bin': search_.bin,
    'fact-index.json': `${factIndex_.json}\n`,
    'fact-index.bin': factIndex_.bin,
    'names.json': `${names_.json}\n`,
    'names.bin': names_.bin,
    'vocabulary.json': `${vocabulary_.json}\n`,
    'vocabulary.bin': vocabulary_.bin,
  };
  const manifest: Manifest = {
    schemaVersion: INDEX_SCHEMA_VERSION,
    seedsDir,
    inputHash: hashInputs(files),
    articles: articles.length,
    skipped: skipped.sort((a, b) => a.file.localeCompare(b.file)),
    factsByKind: Object.fromEntries(Object.entries(factsByKind).sort(([a], [b]) => a.localeCompare(b))),
    files: Object.fromEntries(INDEX_FILES.map((n) => [n, sha256(contents[n])])),
  };
  return { manifest, articles, facts, entities, contents };
}

/**
 * JSON text with every non-ASCII character written as a \u escape: the same values when parsed. A
 * single "…" in 38 MB of articles made the whole file's text a two-byte string at load (twice the
 * memory while it is parsed) and its UTF-8 decoding slow; ASCII decodes at memory speed.
 */
export function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * One fact per line inside a JSON array: reviewers read facts.json in a diff. ASCII, as articles.json:
 * a few hundred "ü" in 34 MB took UTF-8 decoding off its fast path (70 ms of the load at 10,000 articles).
 */
function serializeFacts(facts: Fact[], articles: ReadonlyMap<string, Article>, sentences: ReadonlyMap<string, Sentence>): string {
  const positions = sentencePositions(articles.values());
  return asciiJson(`[\n${facts.map((f) => JSON.stringify(storeFact(f, articles, sentences, positions))).join(',\n')}\n]`);
}

export function sha256(s: string | Buffer): string {
  return createHash('sha256').update(s).digest('hex');
}

/**
 * Reads seeds, builds, writes the index directory. Writes into a temporary sibling first and renames
 * file by file, manifest last, so a reader never sees a manifest that points at half-written files.
 */
export function buildIndex(opts: { seedsDir: string; outDir: string }): BuildReport & { entities: Entity[] } {
  const { files, unreadable } = readSeedFiles(opts.seedsDir);
  const built = buildIndexData(files, unreadable, opts.seedsDir);
  mkdirSync(opts.outDir, { recursive: true });
  const tmp = join(opts.outDir, `.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const name of INDEX_FILES) writeFileSync(join(tmp, name), built.contents[name]);
  writeFileSync(join(tmp, 'manifest.json'), `${JSON.stringify(built.manifest, null, 2)}\n`);
  for (const name of [...INDEX_FILES, 'manifest.json']) renameSync(join(tmp, name), join(opts.outDir, name));
  rmSync(tmp, { recursive: true, force: true });
  return { manifest: built.manifest, articles: built.articles, facts: built.facts, entities: built.entities };
}
