#!/usr/bin/env node
// npm run ingest -- [--seeds DIR] [--index DIR] FILE...
// Validates article files, copies them into seeds/ under stable names, and rebuilds the index. A running
// bot picks the new index up by itself (it watches index/manifest.json; SIGHUP forces a reload). With
// DATABASE_URL on PostgreSQL the articles are also recorded there, and every other instance copies
// them in and rebuilds its own index (src/store/shared-articles.ts).
import 'dotenv/config';
import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from '../config.ts';
import { buildIndex } from '../core/build-index.ts';
import { ingestArticles } from '../ingest/ingest-articles.ts';
import { createLogger } from '../logger.ts';
import { openStore } from '../store/open-store.ts';
import { SharedArticles } from '../store/shared-articles.ts';

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
  await share([...result.added, ...result.duplicates].map((a) => a.id));
} catch (err) {
  process.stderr.write(`ingest: ${(err as Error).message}\n`);
  process.exit(1);
}

/**
 * Records the articles in PostgreSQL for the other instances (duplicates too: an article that was here
 * before PostgreSQL, or whose sharing failed last time, is shared by ingesting it again).
 */
async function share(ids: string[]): Promise<void> {
  let databaseUrl: string;
  try {
    databaseUrl = loadConfig(process.env).DATABASE_URL;
  } catch (err) {
    throw new Error(`added here, not shared: ${err instanceof ConfigError ? err.problems.join('; ') : (err as Error).message}`);
  }
  if (!/^postgres(ql)?:\/\//.test(databaseUrl) || ids.length === 0) return;
  const shared = new SharedArticles(databaseUrl);
  try {
    // Applies the schema (the shared table included) when no bot has run on this database yet.
    await (await openStore(databaseUrl, createLogger({ level: 'warn', secrets: [databaseUrl] }))).close();
    const articles = await Promise.all(ids.map(async (id) => ({ id, bytes: await readFile(join(values.seeds!, `${id}.txt`)) })));
    const added = await shared.publish(articles, hostname());
    process.stdout.write(`ingest: shared with every instance through PostgreSQL: ${added.length} new, ${ids.length - added.length} already shared\n`);
  } catch (err) {
    // pg's messages name host and port at most, never the password.
    throw new Error(`added here, but not shared with other instances (${(err as Error).message}); run the same command again to share it`);
  } finally {
    await shared.close();
  }
}
