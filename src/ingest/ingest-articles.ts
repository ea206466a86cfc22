import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stableHash } from '../core/text.ts';
import { articleIdFromFileName, parseArticleFile } from '../core/corpus/parse-article-file.ts';

export interface IngestResult {
  /** Files refused, each with the reason; when any is refused, nothing is added. */
  rejected: { file: string; problem: string }[];
  added: { file: string; id: string }[];
  /** Files whose content is already in seeds/ (or earlier in the same batch). */
  duplicates: { file: string; id: string }[];
  rebuilt: boolean;
}

const SEED_NAME = /^(\d{3,})_([0-9a-f]{16})\.txt$/;

/** The seed name's hash part: of the text exactly as given (validated UTF-8), so re-adding a file is detected. */
export const contentHash = (bytes: Uint8Array): string => stableHash(Buffer.from(bytes).toString('utf8'));

/**
 * Adds article files to seeds/ under stable names (`NNN_<hash>.txt`, NNN the next free number) and
 * rebuilds the index once. All or nothing: one bad file and nothing is copied, so an operator fixes it
 * and runs the same command again. The rebuild is injected (build-index in the CLI, a fake in tests).
 */
export async function ingestArticles(opts: { files: string[]; seedsDir: string; rebuild: () => Promise<void> }): Promise<IngestResult> {
  const result: IngestResult = { rejected: [], added: [], duplicates: [], rebuilt: false };
  const checked: { file: string; bytes: Uint8Array; hash: string }[] = [];
  for (const file of opts.files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (err) {
      result.rejected.push({ file, problem: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      continue;
    }
    // The parser build:index uses: a file accepted here is a file the index will take.
    const check = parseArticleFile(articleIdFromFileName(file), bytes);
    if (!check.ok) result.rejected.push({ file, problem: check.reason });
    else checked.push({ file, bytes, hash: contentHash(bytes) });
  }
  if (result.rejected.length > 0) return result;

  const existing = (await readdir(opts.seedsDir)).map((name) => SEED_NAME.exec(name)).filter((m): m is RegExpExecArray => m !== null);
  const idByHash = new Map(existing.map((m) => [m[2]!, `${m[1]}_${m[2]}`]));
  let next = existing.reduce((max, m) => Math.max(max, Number(m[1])), -1) + 1;
  for (const { file, bytes, hash } of checked) {
    const known = idByHash.get(hash);
    if (known) {
      result.duplicates.push({ file, id: known });
      continue;
    }
    const id = `${String(next++).padStart(3, '0')}_${hash}`;
    // Written under a temporary name, then renamed: a build never reads half a file.
    const tmp = join(opts.seedsDir, `.${id}.tmp`);
    await writeFile(tmp, bytes);
    await rename(tmp, join(opts.seedsDir, `${id}.txt`));
    idByHash.set(hash, id);
    result.added.push({ file, id });
  }
  if (result.added.length > 0) {
    await opts.rebuild();
    result.rebuilt = true;
  }
  return result;
}
