import { readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { plainPunctuation, stableHash } from '../core/text.ts';
import { articleIdFromFileName, parseArticleFile } from '../core/corpus/parse-article-file.ts';

export interface IngestResult {
  /** Files refused, each with the reason; when any is refused, nothing is added. */
  rejected: { file: string; problem: string }[];
  added: { file: string; id: string }[];
  /** Files whose text is already in seeds/ (or earlier in the same batch), with the id that holds it. */
  duplicates: { file: string; id: string }[];
  rebuilt: boolean;
}

/** An article id as the corpus uses them: `NNN_<16 hex>`. A file already named so keeps its name. */
const ARTICLE_ID = /^(\d{3,})_([0-9a-f]{16})$/;

/**
 * An article is a few KB (the seeds are 2-5 KB). Anything far larger is a dump or a wrong file, and
 * would cost tens of seconds and gigabytes to index, so it is refused before it is read.
 */
export const MAX_ARTICLE_BYTES = 256 * 1024;

/** The seed name's hash part: of the text exactly as given (validated UTF-8). */
export const contentHash = (bytes: Uint8Array): string => stableHash(Buffer.from(bytes).toString('utf8'));

/**
 * What makes two files the same article: the body text with header, line endings, spacing and
 * quote styles set aside. A copy saved under another name, re-wrapped, or with curly quotes
 * straightened is still the same article and must not become a second source.
 */
export function normalizedTextKey(body: string): string {
  return stableHash(plainPunctuation(body.normalize('NFC')).replace(/\s+/g, ' ').trim());
}

/**
 * Adds article files to seeds/ and rebuilds the index once. A file whose name is already an article id
 * (`NNN_<16 hex>.txt`) keeps that id, so every citation of it stays valid; any other file gets
 * `NNN_<hash>` with NNN the next free number. All or nothing: one bad file and nothing is copied, so an
 * operator fixes it and runs the same command again. The rebuild is injected (build-index in the CLI, a
 * fake in tests).
 */
export async function ingestArticles(opts: { files: string[]; seedsDir: string; rebuild: () => Promise<void> }): Promise<IngestResult> {
  const result: IngestResult = { rejected: [], added: [], duplicates: [], rebuilt: false };
  const checked: { file: string; bytes: Uint8Array; key: string; givenId: string | null }[] = [];
  for (const file of opts.files) {
    let bytes: Uint8Array;
    try {
      const { size } = await stat(file);
      if (size > MAX_ARTICLE_BYTES) {
        result.rejected.push({ file, problem: `too large: ${Math.round(size / 1024)} KB, an article may be at most ${MAX_ARTICLE_BYTES / 1024} KB` });
        continue;
      }
      bytes = await readFile(file);
    } catch (err) {
      result.rejected.push({ file, problem: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      continue;
    }
    // The parser build:index uses: a file accepted here is a file the index will take.
    const name = articleIdFromFileName(file);
    const check = parseArticleFile(name, bytes);
    if (!check.ok) result.rejected.push({ file, problem: check.reason });
    else checked.push({ file, bytes, key: normalizedTextKey(check.article.body), givenId: ARTICLE_ID.test(name) ? name : null });
  }
  if (result.rejected.length > 0) return result;

  const idByKey = new Map<string, string>();
  const ids = new Set<string>();
  let next = 0;
  for (const fileName of (await readdir(opts.seedsDir)).filter((f) => f.endsWith('.txt')).sort()) {
    const id = articleIdFromFileName(fileName);
    ids.add(id);
    const m = ARTICLE_ID.exec(id);
    if (m) next = Math.max(next, Number(m[1]) + 1);
    const parsed = parseArticleFile(id, await readFile(join(opts.seedsDir, fileName)));
    if (parsed.ok && !idByKey.has(normalizedTextKey(parsed.article.body))) idByKey.set(normalizedTextKey(parsed.article.body), id);
  }

  const toWrite: { file: string; bytes: Uint8Array; id: string }[] = [];
  for (const { file, bytes, key, givenId } of checked) {
    const known = idByKey.get(key);
    if (known) {
      result.duplicates.push({ file, id: known });
      continue;
    }
    if (givenId && ids.has(givenId)) {
      result.rejected.push({ file, problem: `id ${givenId} is already taken by another article in seeds; rename the file or remove the old one` });
      continue;
    }
    const id = givenId ?? `${String(next++).padStart(3, '0')}_${contentHash(bytes)}`;
    if (givenId) next = Math.max(next, Number(ARTICLE_ID.exec(givenId)![1]) + 1);
    ids.add(id);
    idByKey.set(key, id);
    toWrite.push({ file, bytes, id });
  }
  if (result.rejected.length > 0) return result;

  for (const { file, bytes, id } of toWrite) {
    // Written under a temporary name, then renamed: a build never reads half a file.
    const tmp = join(opts.seedsDir, `.${id}.tmp`);
    await writeFile(tmp, bytes);
    await rename(tmp, join(opts.seedsDir, `${id}.txt`));
    result.added.push({ file, id });
  }
  if (result.added.length > 0) {
    await opts.rebuild();
    result.rebuilt = true;
  }
  return result;
}
