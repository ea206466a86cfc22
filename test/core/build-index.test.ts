import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asciiJson, buildIndex, INDEX_FILES, INDEX_SCHEMA_VERSION, sha256 } from '../../src/core/build-index.ts';
import { IndexError, isIndexStale, loadKnowledge } from '../../src/core/load-knowledge.ts';
import type { Fact, Sentence } from '../../src/core/types.ts';
import { FIXTURES_DIR, thrown } from './fixtures.ts';
import { sentencesMade } from '../../src/core/stored-articles.ts';

const root = mkdtempSync(join(tmpdir(), 'tcb-build-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const build = (name: string, seedsDir = FIXTURES_DIR) => {
  const outDir = join(root, name);
  const report = buildIndex({ seedsDir, outDir });
  return { outDir, report };
};

describe('buildIndex', () => {
  it('is deterministic: two builds of the same seeds are byte-identical', () => {
    const a = build('det-a').outDir;
    const b = build('det-b').outDir;
    const files = readdirSync(a).sort();
    expect(files).toEqual([...INDEX_FILES, 'manifest.json'].sort());
    expect(readdirSync(b).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  });

  it('writes a manifest with the schema version, counts, and no temporary files left behind', () => {
    const { outDir, report } = build('manifest');
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
    expect(manifest.schemaVersion).toBe(INDEX_SCHEMA_VERSION);
    expect(manifest.articles).toBe(7);
    expect(manifest.skipped).toEqual([]);
    expect(manifest.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.values(manifest.factsByKind as Record<string, number>).reduce((x, y) => x + y, 0)).toBe(report.facts.length);
    expect(readdirSync(outDir).filter((n) => n.startsWith('.tmp'))).toEqual([]);
  });

  it('writes one fact per line in facts.json', () => {
    const { outDir, report } = build('facts-lines');
    const lines = readFileSync(join(outDir, 'facts.json'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('[');
    expect(lines.at(-1)).toBe(']');
    expect(lines.length).toBe(report.facts.length + 2);
  });

  it('writes articles.json and facts.json in ASCII, non-ASCII letters escaped, the same texts when parsed', () => {
    const { outDir, report } = build('ascii');
    const bytes = readFileSync(join(outDir, 'articles.json'));
    expect([...bytes].every((b) => b < 0x80)).toBe(true);
    expect([...readFileSync(join(outDir, 'facts.json'))].every((b) => b < 0x80)).toBe(true);
    const texts = (JSON.parse(bytes.toString('utf8')) as { text: string }[]).map((a) => a.text);
    expect(texts).toEqual(report.articles.map((a) => a.text));
    // The fixtures hold letters outside ASCII: the test proves something.
    expect(texts.join('')).toMatch(/[\u0080-\u00ff]/);
    expect(asciiJson(JSON.stringify('Türkiye … 𝄞'))).toBe(String.raw`"T\u00fcrkiye \u2026 \ud834\udd1e"`);
    expect(JSON.parse(asciiJson(JSON.stringify('Türkiye … 𝄞')))).toBe('Türkiye … 𝄞');
  });
});

describe('loadKnowledge', () => {
  it('round trip: what was built is what is loaded', () => {
    const { outDir, report } = build('round-trip');
    const k = loadKnowledge(outDir);
    // No article's sentences are made at load (stored-articles.ts); one sentence read makes its article's only.
    expect([...k.articles.values()].some(sentencesMade)).toBe(false);
    expect(k.search.documentCount).toBe(report.articles.reduce((n, a) => n + a.sentences.length, 0));
    expect(k.sentences.get(`${report.articles[1]!.id}#0`)?.text).toBe(report.articles[1]!.sentences[0]!.text);
    expect([...k.articles.values()].filter(sentencesMade).map((a) => a.id)).toEqual([report.articles[1]!.id]);
    // Loaded sentences and sources read their strings when asked (stored-articles.ts, stored-facts.ts):
    // compared field by field, as the answer path reads them.
    const plainFacts = (facts: Iterable<Fact>) => [...facts].map((f) => ({ ...f, sources: f.sources.map(({ articleId, sentenceId, sentence, date }) => ({ articleId, sentenceId, sentence, date })) }));
    expect(plainFacts(k.facts)).toEqual(plainFacts(report.facts));
    const plainSentences = (sentences: Iterable<Sentence>) => [...sentences].map(({ id, articleId, index, paragraph, start, end, text, alsoIn }) => ({ id, articleId, index, paragraph, start, end, text, alsoIn }));
    expect(plainSentences(k.sentences.values())).toEqual(plainSentences(report.articles.flatMap((a) => a.sentences)));
    // Sources are stored by sentence position where the rest follows from it, and restored in full.
    expect(readFileSync(join(outDir, 'facts.json'), 'utf8')).toMatch(/"sources":\[\d+[,\]]/);
    expect([...k.facts].every((f) => f.sources.every((s) => s.sentence === k.sentences.get(s.sentenceId)?.text))).toBe(true);
    expect([...k.articles.keys()]).toEqual(report.articles.map((a) => a.id));
    expect(k.sentences.get('101_fixture_ministers#0')!.text).toMatch(/^The 43rd Meeting/);
    expect(k.inputHash).toBe(report.manifest.inputHash);
    expect(k.entities.some((e) => e.type === 'person' && e.name === 'Sultan Raev' && e.aliases.includes('Sultan Rayev'))).toBe(true);
    expect(isIndexStale(outDir, FIXTURES_DIR)).toBe(false);
  });

  it('refuses an index whose facts.json was edited by one byte: corrupted', () => {
    const { outDir } = build('corrupted');
    const path = join(outDir, 'facts.json');
    const bytes = readFileSync(path);
    const at = bytes.indexOf('Aida Balayeva');
    bytes[at] = 'E'.charCodeAt(0);
    writeFileSync(path, bytes);
    const err = thrown(() => loadKnowledge(outDir));
    expect(err).toBeInstanceOf(IndexError);
    expect((err as IndexError).reason).toBe('corrupted');
    expect((err as IndexError).message).toMatch(/^index: facts\.json .*does not match its manifest hash/);
  });

  it('refuses an index whose .bin was cut short, even with its hash made to match: corrupted', () => {
    const { outDir } = build('truncated-bin');
    const short = readFileSync(join(outDir, 'search.bin')).subarray(0, 100);
    writeFileSync(join(outDir, 'search.bin'), short);
    expect((thrown(() => loadKnowledge(outDir)) as IndexError).message).toMatch(/^index: search\.bin .*does not match its manifest hash/);
    const manifestPath = join(outDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.files['search.bin'] = sha256(short);
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const err = thrown(() => loadKnowledge(outDir));
    expect(err).toBeInstanceOf(IndexError);
    expect((err as IndexError).reason).toBe('corrupted');
    expect((err as IndexError).message).toMatch(/^index: search\.json does not fit the index \(byte array .* lies outside the 100 bytes of its \.bin file/);
  });

  it('refuses an index with a missing .bin: missing', () => {
    const { outDir } = build('no-names-bin');
    unlinkSync(join(outDir, 'names.bin'));
    expect((thrown(() => loadKnowledge(outDir)) as IndexError).reason).toBe('missing');
  });

  it('refuses an index without its manifest: missing', () => {
    const { outDir } = build('no-manifest');
    unlinkSync(join(outDir, 'manifest.json'));
    const err = thrown(() => loadKnowledge(outDir));
    expect(err).toBeInstanceOf(IndexError);
    expect((err as IndexError).reason).toBe('missing');
  });

  it('refuses an index with a missing data file: missing', () => {
    const { outDir } = build('no-search');
    unlinkSync(join(outDir, 'search.json'));
    expect((thrown(() => loadKnowledge(outDir)) as IndexError).reason).toBe('missing');
  });

  it('refuses an index of another schema version: version', () => {
    const { outDir } = build('other-version');
    const path = join(outDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...manifest, schemaVersion: INDEX_SCHEMA_VERSION + 1 }));
    expect((thrown(() => loadKnowledge(outDir)) as IndexError).reason).toBe('version');
  });

  it('refuses a manifest that is not JSON: corrupted', () => {
    const { outDir } = build('bad-manifest');
    writeFileSync(join(outDir, 'manifest.json'), '{"schemaVersion": 1,');
    expect((thrown(() => loadKnowledge(outDir)) as IndexError).reason).toBe('corrupted');
  });
});

describe('a new article in the same style needs no code change', () => {
  // Written for this test: a capital, a role written name-first, an event with venue, city and date.
  const NEW_ARTICLE = [
    ' date 2026-03-20 The Fifth Forum of Turkic Puppet Theatres was held at the Kastamonu Culture Center in Kastamonu from March 18 to 20, Anadolu Agency reports.',
    '',
    'Kastamonu was declared the Cultural Capital of the Turkic World for 2026 at the last session of the Permanent Council.',
    '',
    'Murat Ozkan, Director of the Kastamonu State Puppet Theatre, said that more than 40 troupes took part in the forum.',
    '',
  ].join('\n');

  it('copy the fixtures, build, add one article, rebuild: its facts appear', () => {
    const seeds = join(root, 'grow-seeds');
    cpSync(FIXTURES_DIR, seeds, { recursive: true });
    const before = build('grow-1', seeds).report;
    expect(before.facts.some((f) => f.subject === 'Kastamonu')).toBe(false);

    writeFileSync(join(seeds, '108_fixture_new.txt'), NEW_ARTICLE);
    const { outDir, report } = build('grow-2', seeds);
    expect(report.manifest.articles).toBe(before.manifest.articles + 1);
    expect(report.manifest.inputHash).not.toBe(before.manifest.inputHash);
    const k = loadKnowledge(outDir);
    const find = (pred: (f: Fact) => boolean) => [...k.facts].filter(pred);

    expect(find((f) => f.kind === 'capital' && f.subject === 'Kastamonu').map((f) => [f.object, f.qualifiers.country])).toEqual([['2026', 'Türkiye']]);
    expect(find((f) => f.kind === 'role' && f.subject === 'Murat Ozkan').map((f) => [f.object, f.qualifiers.organization])).toEqual([
      ['Director of Kastamonu State Puppet Theatre', 'Kastamonu State Puppet Theatre'],
    ]);
    const event = find((f) => f.kind === 'event' && f.subject === 'Fifth Forum of Turkic Puppet Theatres');
    expect(event).toHaveLength(1);
    expect(event[0]!.qualifiers).toMatchObject({ date: '2026-03-18', dateBasis: 'text', place: 'Kastamonu', venue: 'Kastamonu Culture Center', country: 'Türkiye' });
    expect(find((f) => f.kind === 'figure' && f.subject === 'Fifth Forum of Turkic Puppet Theatres').map((f) => f.qualifiers.value)).toEqual([40]);
    expect(k.articles.get('108_fixture_new')!.publisher).toBe('Anadolu Agency');
    // The old facts are still there.
    expect(find((f) => f.kind === 'capital').map((f) => f.subject)).toEqual(['Aktau', 'Bursa', 'Kastamonu', 'Shusha', 'Turkistan']);
  });
});
