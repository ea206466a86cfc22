#!/usr/bin/env node
// npm run build:index -- [--seeds DIR] [--out DIR]
import { parseArgs } from 'node:util';
import { buildIndex } from '../core/build-index.ts';

const { values } = parseArgs({
  options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: 'index' } },
});

const started = performance.now();
try {
  const { manifest } = buildIndex({ seedsDir: values.seeds!, outDir: values.out! });
  for (const s of manifest.skipped) process.stderr.write(`build:index: skipped ${s.file}: ${s.reason}\n`);
  const kinds = Object.entries(manifest.factsByKind).map(([k, n]) => `${k} ${n}`).join(', ');
  process.stdout.write(
    `build:index: ${manifest.articles} articles taken, ${manifest.skipped.length} skipped; ` +
      `${Object.values(manifest.factsByKind).reduce((a, b) => a + b, 0)} facts (${kinds || 'none'}); ` +
      `wrote ${values.out} in ${Math.round(performance.now() - started)} ms\n`,
  );
} catch (err) {
  process.stderr.write(`build:index: ${(err as Error).message}\n`);
  process.exit(1);
}
