import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.ts';
import { loadKnowledge } from '../../src/core/load-knowledge.ts';
import { newArticleIds } from '../../src/core/digest/compose-digest.ts';
import { ingestArticles } from '../../src/ingest/ingest-articles.ts';
import { watchKnowledge } from '../../src/knowledge-reloader.ts';
import { silentLogger } from './fixtures/delivery.ts';

const root = mkdtempSync(join(tmpdir(), 'tcb-hot-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('an ingested article reaches the running bot through the index watch, without a restart', { timeout: 30_000 }, async () => {
  const seedsDir = join(root, 'seeds');
  const indexDir = join(root, 'index');
  mkdirSync(seedsDir);
  writeFileSync(join(seedsDir, '000_0000000000000001.txt'), ' date 2025-11-20 TURKSOY Secretary General Sultan Raev met the ministers of culture in Baku.\n');
  buildIndex({ seedsDir, outDir: indexDir });

  let swapped!: () => void;
  const swap = new Promise<void>((r) => (swapped = r));
  const handle = watchKnowledge({ indexDir, load: loadKnowledge, logger: silentLogger, debounceMs: 100, signal: null, onSwap: () => swapped() });
  const before = handle.get();
  const announced = new Set(before.articles.keys());
  expect(newArticleIds(before, announced)).toEqual([]);

  const file = join(root, 'new.txt');
  writeFileSync(file, ' date 2025-11-25 The Turkic World Youth Festival opened in Almaty on 25 November 2025.\n');
  const result = await ingestArticles({ files: [file], seedsDir, rebuild: async () => void buildIndex({ seedsDir, outDir: indexDir }) });
  await Promise.race([swap, new Promise((_, reject) => setTimeout(() => reject(new Error('index not reloaded within 10 s')), 10_000))]);
  handle.stop();

  const after = handle.get();
  expect(after).not.toBe(before);
  expect(newArticleIds(after, announced)).toEqual([result.added[0]!.id]);
  // The old object is untouched: whoever still holds it keeps a consistent view.
  expect([...before.articles.keys()]).toEqual(['000_0000000000000001']);
});
