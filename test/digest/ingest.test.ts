import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, ingestArticles, MAX_ARTICLE_BYTES } from '../../src/ingest/ingest-articles.ts';

const root = mkdtempSync(join(tmpdir(), 'tcb-ingest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ARTICLE = ' date 2025-11-24 TURKSOY held the Manas epic evening in Bishkek. Artists from six countries took part.\n';
const FRONT = '---\ntitle: Film leaders meet\nurl: https://example.org/x\npublisher: TRT\ndate: 2025-11-25\n---\nThe second meeting of film leaders opened in Istanbul.\n';

let seeds: string;
let inbox: string;
let rebuilds: number;
const rebuild = async () => void rebuilds++;
let n = 0;

beforeEach(() => {
  seeds = join(root, `seeds-${n}`);
  inbox = join(root, `inbox-${n++}`);
  mkdirSync(seeds);
  mkdirSync(inbox);
  rebuilds = 0;
});

const put = (name: string, content: string | Buffer): string => {
  const path = join(inbox, name);
  writeFileSync(path, content);
  return path;
};

describe('what ingest accepts (the parser build:index uses)', () => {
  it.each([
    ['plain undated text', 'Just text, undated.'],
    ['a date line', ARTICLE],
    ['front matter', FRONT],
    ['a byte order mark and Turkic letters', '\uFEFFÖzbekiston va Türkiye madaniyat haftası.'],
  ])('accepts %s', async (_label, content) => {
    const result = await ingestArticles({ files: [put('ok.txt', content)], seedsDir: seeds, rebuild });
    expect(result.rejected).toEqual([]);
    expect(result.added).toHaveLength(1);
  });

  it.each([
    ['an empty file', '', /empty file/],
    ['whitespace only', ' \n\t\n', /empty file/],
    ['NUL bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary/],
    ['invalid UTF-8', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), /not valid UTF-8/],
    ['control characters', Buffer.from('abc\u0007def'), /binary or corrupted/],
    ['an impossible date', ' date 2025-02-30 Text.', /bad date .*"2025-02-30"/],
    ['a date in another format', ' date 24.11.2025 Text.', /bad date .*"24\.11\.2025"/],
    ['a date line without text', ' date 2025-11-24\n  \n', /no article text/],
    ['unclosed front matter', '---\ntitle: x\nThe text.', /never closed/],
    ['a bad front matter date', '---\ndate: November 2025\n---\nText.', /bad date in front matter: "November 2025"/],
  ])('rejects %s, naming the file', async (_label, content, problem) => {
    const file = put('bad.txt', content);
    const result = await ingestArticles({ files: [file], seedsDir: seeds, rebuild });
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]!.file).toBe(file);
    expect(result.rejected[0]!.problem).toMatch(problem);
  });
});

describe('ingestArticles', () => {
  it('copies valid files under NNN_<hash>.txt after the existing seeds and rebuilds once', async () => {
    writeFileSync(join(seeds, '000_993de1ac3d74d2d6.txt'), 'old');
    writeFileSync(join(seeds, '007_17e698370f9070bd.txt'), 'older');
    const a = put('a.txt', ARTICLE);
    const b = put('b.md', FRONT);
    const result = await ingestArticles({ files: [a, b], seedsDir: seeds, rebuild });
    expect(result.rejected).toEqual([]);
    expect(result.added).toEqual([
      { file: a, id: `008_${contentHash(Buffer.from(ARTICLE))}` },
      { file: b, id: `009_${contentHash(Buffer.from(FRONT))}` },
    ]);
    expect(result.added[0]!.id).toMatch(/^008_[0-9a-f]{16}$/);
    expect(readFileSync(join(seeds, `${result.added[0]!.id}.txt`), 'utf8')).toBe(ARTICLE);
    expect(rebuilds).toBe(1);
    expect(readdirSync(seeds).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('does not add the same content twice, across runs or within one', async () => {
    const a = put('a.txt', ARTICLE);
    const copy = put('copy.txt', ARTICLE);
    const first = await ingestArticles({ files: [a, copy], seedsDir: seeds, rebuild });
    expect(first.added).toHaveLength(1);
    expect(first.duplicates).toEqual([{ file: copy, id: first.added[0]!.id }]);
    const again = await ingestArticles({ files: [a], seedsDir: seeds, rebuild });
    expect(again).toMatchObject({ added: [], duplicates: [{ file: a, id: first.added[0]!.id }], rebuilt: false });
    expect(readdirSync(seeds)).toHaveLength(1);
    expect(rebuilds).toBe(1);
  });

  it('keeps the name of a file already named as an article id, so its citations stay valid', async () => {
    writeFileSync(join(seeds, '004_1e94228870c38bad.txt'), ARTICLE);
    const named = put('012_0123456789abcdef.txt', FRONT);
    const plain = put('notes.txt', 'Another article, undated, about a folk dance festival.');
    const result = await ingestArticles({ files: [named, plain], seedsDir: seeds, rebuild });
    expect(result.added).toEqual([
      { file: named, id: '012_0123456789abcdef' },
      // Numbered after the highest id present, the kept one included.
      { file: plain, id: expect.stringMatching(/^013_[0-9a-f]{16}$/) },
    ]);
    expect(readFileSync(join(seeds, '012_0123456789abcdef.txt'), 'utf8')).toBe(FRONT);
  });

  it('skips a copy of an article already in seeds under another name, naming the existing id', async () => {
    writeFileSync(join(seeds, '000_993de1ac3d74d2d6.txt'), ARTICLE);
    // The same text re-wrapped with CRLF line ends is still the same article.
    const copy = put('999_aaaaaaaaaaaaaaaa.txt', ARTICLE.replace('. Artists', ".\r\n\r\nArtists"));
    const exact = put('copy-of-seed.txt', ARTICLE);
    const result = await ingestArticles({ files: [copy, exact], seedsDir: seeds, rebuild });
    expect(result.duplicates).toEqual([
      { file: copy, id: '000_993de1ac3d74d2d6' },
      { file: exact, id: '000_993de1ac3d74d2d6' },
    ]);
    expect(result).toMatchObject({ added: [], rebuilt: false });
    expect(readdirSync(seeds)).toEqual(['000_993de1ac3d74d2d6.txt']);
    expect(rebuilds).toBe(0);
  });

  it('refuses an id that another article already holds', async () => {
    writeFileSync(join(seeds, '003_17e698370f9070bd.txt'), ARTICLE);
    const clash = put('003_17e698370f9070bd.txt', FRONT);
    const result = await ingestArticles({ files: [clash], seedsDir: seeds, rebuild });
    expect(result.rejected).toEqual([{ file: clash, problem: expect.stringMatching(/id 003_17e698370f9070bd is already taken/) }]);
    expect(readFileSync(join(seeds, '003_17e698370f9070bd.txt'), 'utf8')).toBe(ARTICLE);
    expect(rebuilds).toBe(0);
  });

  it('refuses an oversized file before reading it, saying the limit', async () => {
    const big = put('dump.txt', 'TURKSOY held a festival. '.repeat(Math.ceil((MAX_ARTICLE_BYTES + 1) / 25)));
    const result = await ingestArticles({ files: [big], seedsDir: seeds, rebuild });
    expect(result.rejected).toEqual([{ file: big, problem: expect.stringMatching(/^too large: \d+ KB, an article may be at most 256 KB$/) }]);
    expect(readdirSync(seeds)).toEqual([]);
  });

  it('adds nothing when one file is bad, naming each bad file and its problem', async () => {
    const good = put('good.txt', ARTICLE);
    const empty = put('empty.txt', '');
    const binary = put('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    const badDate = put('dated.txt', ' date 2025-13-01 Text.');
    const missing = join(inbox, 'missing.txt');
    const result = await ingestArticles({ files: [good, empty, binary, badDate, missing], seedsDir: seeds, rebuild });
    expect(result.rejected.map((r) => r.file)).toEqual([empty, binary, badDate, missing]);
    expect(result.rejected.map((r) => r.problem)).toEqual([
      expect.stringMatching(/^empty file/),
      expect.stringMatching(/binary/),
      expect.stringMatching(/^bad date/),
      expect.stringMatching(/^cannot read: ENOENT/),
    ]);
    expect(result.added).toEqual([]);
    expect(readdirSync(seeds)).toEqual([]);
    expect(rebuilds).toBe(0);
  });
});

describe('npm run ingest (CLI)', () => {
  it('prints each rejected file with its problem and exits 1', () => {
    const bad = put('bad.txt', ' date 2025-99-99 Text.');
    const run = spawnSync(join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['src/cli/ingest.ts', '--seeds', seeds, '--index', join(root, 'index-cli'), bad], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`ingest: ${bad}: bad date`);
    expect(run.stderr).toContain('"2025-99-99"');
    expect(readdirSync(seeds)).toEqual([]);
  });
});
