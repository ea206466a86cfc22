import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex, buildIndexData, type SeedFile } from '../../../src/core/build-index.ts';
import { seed } from '../fixtures.ts';

const GOOD_A = ' date 2025-05-01 The Turkic Youth Forum opened in Karakol, Kabar reports.\n\nMore than 200 participants attended the forum.';
const GOOD_B = '---\ntitle: Kokand festival\ndate: 2025-05-02\n---\nThe International Festival of Maqom Art opened in Kokand today.';

const BROKEN: [SeedFile, RegExp][] = [
  [seed('402_empty.txt', ''), /empty/],
  [{ name: '403_binary.txt', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]) }, /NUL/],
  [{ name: '404_latin1.txt', bytes: Buffer.from('date 2025-05-01 T\u00fcrkiye hosted the forum.', 'latin1') }, /UTF-8/],
  [seed('405_bad_date.txt', ' date 2025-02-30 The forum opened in Osh.'), /2025-02-30/],
  [seed('406_unclosed.txt', '---\ntitle: Osh forum\ndate: 2025-05-01\nThe forum opened in Osh.\n'), /never closed/],
];

describe('broken seed files are skipped, named, and the build goes on', () => {
  it('buildIndexData on in-memory files', () => {
    const files = [seed('401_good.txt', GOOD_A), ...BROKEN.map(([f]) => f), seed('407_good.txt', GOOD_B)];
    const built = buildIndexData(files);
    expect(built.manifest.articles).toBe(2);
    expect(built.articles.map((a) => a.id)).toEqual(['401_good', '407_good']);
    expect(built.manifest.skipped.map((s) => s.file)).toEqual(BROKEN.map(([f]) => f.name));
    for (const [file, reason] of BROKEN) expect(built.manifest.skipped.find((s) => s.file === file.name)!.reason).toMatch(reason);
    // The good articles still give facts.
    expect(built.facts.some((f) => f.kind === 'event' && f.subject === 'Turkic Youth Forum' && f.qualifiers.place === 'Karakol')).toBe(true);
  });

  describe('buildIndex on a directory', () => {
    const root = mkdtempSync(join(tmpdir(), 'tcb-broken-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('skips each broken file with a reason that names it, and writes the index', () => {
      const seeds = join(root, 'seeds');
      mkdirSync(seeds);
      writeFileSync(join(seeds, '401_good.txt'), GOOD_A);
      writeFileSync(join(seeds, '407_good.txt'), GOOD_B);
      for (const [f] of BROKEN) writeFileSync(join(seeds, f.name), f.bytes);
      // A directory that looks like an article, and a file that is not .txt at all.
      mkdirSync(join(seeds, '408_folder.txt'));
      writeFileSync(join(seeds, 'notes.md'), 'not an article');

      const report = buildIndex({ seedsDir: seeds, outDir: join(root, 'index') });
      expect(report.manifest.articles).toBe(2);
      expect(report.manifest.skipped.map((s) => s.file)).toEqual([...BROKEN.map(([f]) => f.name), '408_folder.txt']);
      expect(report.manifest.skipped.at(-1)!.reason).toMatch(/unreadable/);
      for (const [file, reason] of BROKEN) expect(report.manifest.skipped.find((s) => s.file === file.name)!.reason).toMatch(reason);
    });

    it('the build:index command names each skipped file on stderr and still succeeds', () => {
      const seeds = join(root, 'cli-seeds');
      mkdirSync(seeds);
      writeFileSync(join(seeds, '401_good.txt'), GOOD_A);
      writeFileSync(join(seeds, '405_bad_date.txt'), ' date 2025-02-30 The forum opened in Osh.');
      writeFileSync(join(seeds, '402_empty.txt'), '');
      const repo = fileURLToPath(new URL('../../../', import.meta.url));
      const stderrFile = join(root, 'cli-stderr.txt');
      const stdout = execFileSync(
        'sh',
        ['-c', `"${process.execPath}" --import tsx src/cli/build-index.ts --seeds "${seeds}" --out "${join(root, 'cli-index')}" 2>"${stderrFile}"`],
        { cwd: repo, encoding: 'utf8' },
      );
      expect(stdout).toMatch(/1 articles taken, 2 skipped/);
      const stderr = readFileSync(stderrFile, 'utf8');
      expect(stderr).toMatch(/skipped 402_empty\.txt: empty file/);
      expect(stderr).toMatch(/skipped 405_bad_date\.txt: bad date.*2025-02-30/);
    });
  });
});
