#!/usr/bin/env node
// npm run ingest -- [--seeds DIR] [--index DIR] FILE...
// Validates article files, copies them into seeds/ under stable names, and rebuilds the index. A running
// bot picks the new index up by itself (it watches index/manifest.json; SIGHUP forces a reload).
import { parseArgs } from 'node:util';
import { buildIndex } from '../core/build-index.ts';
import { ingestArticles } from '../ingest/ingest-articles.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seeds: { type: 'string', default: 'seeds' }, index: { type: 'string', default: 'index' } },
});

if (positionals.length === 0) {
  process.stderr.write('usage: npm run ingest -- [--seeds DIR] [--index DIR] FILE...\n');
  process.exit(2);
}

try {
  const result = await ingestArticles({
    files: positionals,
    seedsDir: values.seeds!,
    rebuild: async () => {
      const { manifest } = buildIndex({ seedsDir: values.seeds!, outDir: values.index! });
      process.stdout.write(`ingest: index rebuilt in ${values.index}: ${manifest.articles} articles\n`);
    },
  });
  for (const r of result.rejected) process.stderr.write(`ingest: ${r.file}: ${r.problem}\n`);
  if (result.rejected.length > 0) {
    process.stderr.write(`ingest: nothing added (${result.rejected.length} file(s) rejected); fix them and run again\n`);
    process.exit(1);
  }
  for (const a of result.added) process.stdout.write(`ingest: ${a.file} -> ${values.seeds}/${a.id}.txt\n`);
  for (const d of result.duplicates) process.stdout.write(`ingest: ${d.file} is already in seeds as ${d.id}, skipped\n`);
  if (!result.rebuilt) process.stdout.write('ingest: nothing new, index left as it was\n');
} catch (err) {
  process.stderr.write(`ingest: ${(err as Error).message}\n`);
  process.exit(1);
}
