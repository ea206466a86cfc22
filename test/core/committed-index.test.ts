import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = join(REPO, 'seeds');
const INDEX = join(REPO, 'index');
const STALE = 'index/ is stale: run npm run build:index and commit it';

/**
 * The bot loads the committed index/, not seeds/: a seed or a rule changed without rebuilding would
 * answer from old facts. Rebuilding from seeds/ must give index/ byte for byte, and the seed articles
 * must be there: an empty seeds/ would ship a bot that knows nothing.
 */
describe('committed index', () => {
  const out = mkdtempSync(join(tmpdir(), 'tcb-committed-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('index/ equals a fresh build of seeds/, file for file', () => {
    expect(existsSync(SEEDS), 'seeds/ is missing').toBe(true);
    // The manifest records the seeds directory as it was given; `npm run build:index` gives `seeds`
    // from the repository root, so build from the same spelling.
    const { manifest } = buildIndex({ seedsDir: relative(process.cwd(), SEEDS) || '.', outDir: out });
    expect(manifest.articles, 'seeds/ holds no articles').toBeGreaterThanOrEqual(5);
    const built = readdirSync(out).sort();
    const committed = existsSync(INDEX) ? readdirSync(INDEX).filter((n) => !n.startsWith('.')).sort() : [];
    expect(committed, STALE).toEqual(built);
    for (const name of built) {
      expect(readFileSync(join(INDEX, name)).equals(readFileSync(join(out, name))), `${STALE} (${name} differs)`).toBe(true);
    }
  });
});
