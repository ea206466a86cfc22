import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHashCheck } from '../../src/core/index-hash-check.ts';
import { sha256 } from '../../src/core/build-index.ts';

function files(): { dir: string; list: [string, string, number][] } {
  const dir = mkdtempSync(join(tmpdir(), 'hash-check-'));
  const list: [string, string, number][] = [];
  for (const [name, text] of [['a.json', '{"a":1}'], ['b.bin', 'x'.repeat(5_000_000)], ['c.json', '[1,2,3]']] as const) {
    writeFileSync(join(dir, name), text);
    list.push([name, sha256(Buffer.from(text)), text.length]);
  }
  return { dir, list };
}

describe('startHashCheck', () => {
  for (const [how, parallelFromBytes] of [['in a worker thread', 0], ['in place', Number.MAX_SAFE_INTEGER]] as const) {
    it(`finds every file matching, and names the first that does not (${how})`, () => {
      const { dir, list } = files();
      expect(startHashCheck(dir, list, { parallelFromBytes }).firstMismatch()).toBeNull();
      // One byte changed in the large file, and a file that is gone: the first in the list is named.
      writeFileSync(join(dir, 'b.bin'), `y${'x'.repeat(4_999_999)}`);
      expect(startHashCheck(dir, list, { parallelFromBytes }).firstMismatch()).toBe('b.bin');
      const gone: [string, string, number][] = [['missing.json', 'ff', 10], ...list];
      expect(startHashCheck(dir, gone, { parallelFromBytes }).firstMismatch()).toBe('missing.json');
    });
  }
});
