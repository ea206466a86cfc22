/**
 * Rewrites search.json and search.bin (and the manifest's schema version and hash for it) of a kept benchmark index
 * from its own articles.json, as a fresh build with this code would write them: after a change of the
 * search index format only, a 100,000-article index need not be built again (an hour on 2 cores).
 * Prints the time the search part of the build took. Checked against a fresh build by the benchmark
 * user, not by a test: `cmp` the two search.json and search.bin files of a small size.
 *
 *   npx tsx test/bench/rederive-search.ts bench-results/work/100000-s42-g2/index
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_SCHEMA_VERSION, sha256, type Manifest } from '../../src/core/build-index.ts';
import { restoreArticle, type StoredArticle } from '../../src/core/stored-articles.ts';
import { SentenceSearch, type SentenceDoc } from '../../src/core/search/sentence-search.ts';
import { joinBlobs, splitBlobs } from '../../src/core/index-blobs.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: rederive-search.ts INDEX_DIR');
const articles = joinBlobs<StoredArticle[]>(JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')), readFileSync(join(dir, 'articles.bin'))).map(restoreArticle);
const docs: SentenceDoc[] = articles.flatMap((a) => a.sentences.map((s) => ({ id: s.id, text: s.text, title: a.title ?? '' })));
const t = performance.now();
const search = SentenceSearch.build(docs);
const { json, bin } = splitBlobs(search.toJSON());
const content = `${json}\n`;
const ms = Math.round(performance.now() - t);
writeFileSync(join(dir, 'search.json'), content);
writeFileSync(join(dir, 'search.bin'), bin);
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
manifest.schemaVersion = INDEX_SCHEMA_VERSION;
manifest.files['search.json'] = sha256(content);
manifest.files['search.bin'] = sha256(bin);
writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
process.stdout.write(`${dir}: search.json rewritten (${docs.length} sentences, search build ${ms} ms, ${Math.round((content.length + bin.length) / 1024 / 1024)} MB)\n`);
