import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIndex } from '../../../src/core/build-index.ts';
import type { Knowledge } from '../../../src/core/knowledge.ts';
import { loadKnowledge } from '../../../src/core/load-knowledge.ts';

/** Knowledge built from articles written inside a test: `[file name, file text]` pairs. */
export function knowledgeOf(...files: [string, string][]): Knowledge {
  const dir = mkdtempSync(join(tmpdir(), 'qa-articles-'));
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  const out = mkdtempSync(join(tmpdir(), 'qa-index-'));
  buildIndex({ seedsDir: dir, outDir: out });
  return loadKnowledge(out);
}
