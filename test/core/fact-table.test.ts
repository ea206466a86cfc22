import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex, sha256 } from '../../src/core/build-index.ts';
import { factTable, StoredFactTable } from '../../src/core/fact-table.ts';
import { factsOfKind } from '../../src/core/knowledge.ts';
import { IndexError, loadKnowledge } from '../../src/core/load-knowledge.ts';
import type { StoredFact } from '../../src/core/stored-facts.ts';
import type { Fact } from '../../src/core/types.ts';
import { FIXTURES_DIR, thrown } from './fixtures.ts';

const root = mkdtempSync(join(tmpdir(), 'tcb-fact-table-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const built = (name: string) => {
  const outDir = join(root, name);
  const report = buildIndex({ seedsDir: FIXTURES_DIR, outDir });
  return { outDir, report, bytes: readFileSync(join(outDir, 'facts.json')) };
};

const corrupted = (message: string) => new IndexError(message, 'corrupted');

/** A table over facts.json's bytes that counts the facts it makes (restored as parsed). */
const counting = (bytes: Buffer) => {
  const made: number[] = [];
  const table = StoredFactTable.read(bytes, (f) => (made.push(0), f as unknown as Fact), corrupted);
  return { table, made };
};

/** Rewrites facts.json with its manifest hash made to match, so that only the lines' shape is judged. */
const rewrite = (outDir: string, edit: (text: string) => string) => {
  const path = join(outDir, 'facts.json');
  const bytes = Buffer.from(edit(readFileSync(path, 'utf8')), 'utf8');
  writeFileSync(path, bytes);
  const manifestPath = join(outDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.files['facts.json'] = sha256(bytes);
  writeFileSync(manifestPath, JSON.stringify(manifest));
};

describe('StoredFactTable', () => {
  const { outDir, report, bytes } = built('lazy');
  const eager = JSON.parse(bytes.toString('utf8')) as StoredFact[];

  it('gives each fact as an eager parse of the whole file does, in any order of reads, made once', () => {
    const { table, made } = counting(bytes);
    expect(table.length).toBe(eager.length);
    expect(eager.length).toBeGreaterThan(50);
    for (let i = table.length - 1; i >= 0; i -= 2) expect(table.at(i)).toEqual(eager[i]);
    expect([...table]).toEqual(eager);
    expect(made.length).toBe(eager.length);
    expect(table.at(3)).toBe(table.at(3));
    expect(made.length).toBe(eager.length);
    expect(() => table.at(table.length)).toThrow(RangeError);
    expect(() => table.kindAt(-1)).toThrow(RangeError);
  });

  it('knows every kind without making a fact', () => {
    const { table, made } = counting(bytes);
    expect(Array.from({ length: table.length }, (_, i) => table.kindAt(i))).toEqual(eager.map((f) => f.kind));
    expect(new Set(eager.map((f) => f.kind)).size).toBeGreaterThan(5);
    expect(made.length).toBe(0);
    expect(table.madeCount).toBe(0);
  });

  it('loads as Knowledge.facts the facts the build made, sources restored', () => {
    const k = loadKnowledge(outDir);
    expect(k.facts).toBeInstanceOf(StoredFactTable);
    expect((k.facts as StoredFactTable).madeCount).toBe(0);
    const plain = (f: Fact) => ({ ...f, sources: f.sources.map(({ articleId, sentenceId, sentence, date }) => ({ articleId, sentenceId, sentence, date })) });
    expect(plain(k.facts.at(7))).toEqual(plain(report.facts[7]!));
    expect((k.facts as StoredFactTable).madeCount).toBe(1);
  });

  it('makes, for factsOfKind, only the facts of the kind asked for', () => {
    const k = loadKnowledge(outDir);
    const capitals = factsOfKind(k, 'capital');
    expect(capitals.length).toBeGreaterThan(0);
    expect(capitals.map((f) => f.id)).toEqual(report.facts.filter((f) => f.kind === 'capital').map((f) => f.id));
    expect((k.facts as StoredFactTable).madeCount).toBe(capitals.length);
  });

  it('reads an empty table and a table of one fact', () => {
    expect(StoredFactTable.read(Buffer.from('[\n\n]\n'), (f) => f as unknown as Fact, corrupted).length).toBe(0);
    const one = StoredFactTable.read(Buffer.from(`[\n${JSON.stringify(eager[0])}\n]\n`), (f) => f as unknown as Fact, corrupted);
    expect(one.length).toBe(1);
    expect(one.kindAt(0)).toBe(eager[0]!.kind);
    expect(one.at(0)).toEqual(eager[0]);
  });

  it('refuses at load a file whose lines are not one fact each, with their kind: corrupted', () => {
    const text = bytes.toString('utf8');
    const lines = text.split('\n');
    const edits: [string, string][] = [
      ['no opening bracket', text.slice(1)],
      ['a line that is no object', [...lines.slice(0, 3), 'null,', ...lines.slice(3)].join('\n')],
      ['a comma after the last fact', text.replace(/}\n]\n$/, '},\n]\n')],
      ['no comma between two facts', text.replace('},\n', '}\n')],
      ['no closing bracket', text.replace(/]\n$/, '')],
      ['something after the closing bracket', `${text}\n`],
      ['an unknown kind', text.replace(/"kind":"[a-z]+"/, '"kind":"rumour"')],
      ['a line with no kind', text.replace(/"kind":"[a-z]+",/, '')],
    ];
    for (const [what, edited] of edits) {
      const err = thrown(() => StoredFactTable.read(Buffer.from(edited), (f) => f as unknown as Fact, corrupted));
      expect(err, what).toBeInstanceOf(IndexError);
      expect((err as IndexError).reason, what).toBe('corrupted');
    }
  });

  it('gives an IndexError, never a raw SyntaxError, for a line that does not parse or whose kind is not the one read at load', () => {
    const { outDir: broken } = built('broken-line');
    // Shaped as a fact line ("{...}," with a kind), yet no JSON: found only when the fact is read.
    rewrite(broken, (text) => text.replace(/"relation":"/, '"relation":'));
    const k = loadKnowledge(broken);
    const err = thrown(() => [...k.facts]);
    expect(err).toBeInstanceOf(IndexError);
    expect((err as IndexError).reason).toBe('corrupted');
    expect((err as IndexError).message).toMatch(/^index: facts\.json in .*: line 2 is not valid JSON/);

    const { outDir: otherKind } = built('other-kind');
    // The kind read at load is the first "kind" key of the line: a line whose own kind key comes later disagrees.
    rewrite(otherKind, (text) => text.replace(/^\{"id":"([0-9a-f]+)",/m, '{"id":"$1","qualifiers":{"kind":"figure"},'));
    const k2 = loadKnowledge(otherKind);
    expect(k2.facts.kindAt(0)).toBe('figure');
    expect((thrown(() => k2.facts.at(0)) as IndexError).reason).toBe('corrupted');
  });
});

describe('factTable', () => {
  it('reads the array as it is: a table over a growing array grows', () => {
    const f = (id: string, kind: Fact['kind']) => ({ id, kind, subject: id, relation: 'r', object: 'o', qualifiers: {}, sources: [] }) as Fact;
    const facts = [f('a', 'role')];
    const table = factTable(facts);
    expect(table.length).toBe(1);
    facts.push(f('b', 'capital'));
    expect(table.length).toBe(2);
    expect(table.kindAt(1)).toBe('capital');
    expect(table.at(1).id).toBe('b');
    expect([...table].map((x) => x.id)).toEqual(['a', 'b']);
    expect(() => table.at(2)).toThrow(RangeError);
  });
});

describe('StoredFactTable.open', () => {
  it('reads each fact from the file when first made, the same fact as from the bytes in memory', () => {
    const { outDir, bytes } = built('open');
    const path = join(outDir, 'facts.json');
    const fromFile = StoredFactTable.open(path, (f) => f as unknown as Fact, corrupted);
    const inMemory = StoredFactTable.read(bytes, (f) => f as unknown as Fact, corrupted);
    expect(fromFile.length).toBe(inMemory.length);
    expect(fromFile.length).toBeGreaterThan(3);
    // Read out of order: each line by its own bounds.
    for (const i of [fromFile.length - 1, 0, 2, 1]) {
      expect(fromFile.kindAt(i)).toBe(inMemory.kindAt(i));
      expect(fromFile.at(i)).toEqual(inMemory.at(i));
    }
  });

  it('refuses, as corrupted, a fact whose line was changed in the file after the load', () => {
    const { outDir, bytes } = built('open-changed');
    const path = join(outDir, 'facts.json');
    const table = StoredFactTable.open(path, (f) => f as unknown as Fact, corrupted);
    // The same length, every byte after the first line's "{" blanked: no fact parses there any more.
    const changed = Buffer.from(bytes);
    changed.fill(0x20, 3, changed.length - 3);
    writeFileSync(path, changed);
    const err = thrown(() => table.at(0));
    expect(err).toBeInstanceOf(IndexError);
    expect((err as IndexError).reason).toBe('corrupted');
  });
});

describe('sourceCountAt', () => {
  it('counts every fact\'s sources as the made fact has them, role facts without making them', () => {
    const { bytes } = built('source-counts');
    const { table, made } = counting(bytes);
    const roles: number[] = [];
    for (let i = 0; i < table.length; i++) if (table.kindAt(i) === 'role') roles.push(i);
    expect(roles.length).toBeGreaterThan(1);
    const counts = roles.map((i) => table.sourceCountAt(i));
    expect(made.length).toBe(0);
    expect(counts).toEqual(roles.map((i) => table.at(i).sources.length));
    for (let i = 0; i < table.length; i++) expect(table.sourceCountAt(i)).toBe(table.at(i).sources.length);
    expect(factTable([]).length).toBe(0);
  });
});
