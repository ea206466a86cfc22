import { describe, expect, it } from 'vitest';
import { articleIdFromFileName, isValidIsoDate, parseArticleFile, type ParseResult } from '../../../src/core/corpus/parse-article-file.ts';

const parse = (text: string | Uint8Array, id = '201_test') => parseArticleFile(id, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
const ok = (r: ParseResult) => {
  if (!r.ok) throw new Error(`expected ok, got: ${r.reason}`);
  return r.article;
};
const reason = (r: ParseResult) => {
  if (r.ok) throw new Error('expected a failure');
  return r.reason;
};

describe('parseArticleFile: header forms', () => {
  it('reads a first-line date and starts the text on the same line', () => {
    const a = ok(parse(' date 2025-11-14 The 43rd Meeting of the Permanent Council was held in Turkistan.\n\nMore text.'));
    expect(a.date).toBe('2025-11-14');
    expect(a.body.startsWith('The 43rd Meeting')).toBe(true);
    expect(a.title).toBeNull();
    expect(a.url).toBeNull();
    expect(a.publisher).toBeNull();
  });

  it('accepts the date line without its leading space, and a leap day', () => {
    const a = ok(parse('date 2024-02-29 Bishkek hosted a concert of Turkic folk music.'));
    expect(a.date).toBe('2024-02-29');
    expect(a.body).toBe('Bishkek hosted a concert of Turkic folk music.');
  });

  it('reads front matter: title, url, publisher and date, quotes stripped', () => {
    const a = ok(
      parse('---\ntitle: "Bursa hosts Turkic film festival"\nurl: https://example.org/news/1\npublisher: Report\ndate: 2024-05-12\n---\nThe festival has taken place in Bursa.\n'),
    );
    expect(a).toMatchObject({ title: 'Bursa hosts Turkic film festival', url: 'https://example.org/news/1', publisher: 'Report', date: '2024-05-12' });
    expect(a.body.trim()).toBe('The festival has taken place in Bursa.');
  });

  it('leaves an undated article undated (never today)', () => {
    const a = ok(parse('The International Festival of Maqom Art will be held in Kokand, UzA reports.'));
    expect(a.date).toBeNull();
    expect(a.body).toBe('The International Festival of Maqom Art will be held in Kokand, UzA reports.');
  });

  it('front matter without a date is undated', () => {
    const a = ok(parse('---\ntitle: Days of Turkic Music\n---\nThe Days of Turkic Music opened in Bishkek.'));
    expect(a.date).toBeNull();
    expect(a.title).toBe('Days of Turkic Music');
  });

  it('drops a byte order mark and turns CRLF into LF', () => {
    const a = ok(parse('\uFEFF date 2025-03-03 First line.\r\nSecond line.\r\n'));
    expect(a.date).toBe('2025-03-03');
    expect(a.body).toBe('First line.\nSecond line.\n');
  });

  it('a line "date" later in the text is text, not a header', () => {
    const a = ok(parse('The ministers agreed on a date 2025-12-01 for the next session.'));
    expect(a.date).toBeNull();
  });
});

describe('parseArticleFile: broken files are refused with a reason', () => {
  it.each([
    ['an empty file', '', /empty/],
    ['a file of blanks', '  \n\n \t\n', /empty/],
    ['an impossible first-line date', ' date 2025-02-30 The festival opened in Osh.', /bad date.*2025-02-30/],
    ['a thirteenth month', ' date 2025-13-01 The festival opened in Osh.', /bad date.*2025-13-01/],
    ['a date in another format', ' date 12.05.2024 The festival opened in Osh.', /bad date.*12\.05\.2024/],
    ['an impossible front-matter date', '---\ntitle: Osh festival\ndate: 2025-02-30\n---\nThe festival opened in Osh.', /bad date in front matter.*2025-02-30/],
    ['front matter never closed', '---\ntitle: Osh festival\ndate: 2025-05-01\nThe festival opened in Osh.\n', /never closed/],
    ['a front-matter line that is not key: value', '---\ntitle: Osh festival\njust words here\n---\nThe festival opened in Osh.', /not "key: value"/],
    ['a header with no text after it', ' date 2025-05-01   \n\n', /no article text/],
    ['text with no words', ' date 2025-05-01 12345 --- 678', /no words/],
  ])('%s', (_label, text, expected) => {
    const r = parse(text, '209_broken');
    expect(reason(r)).toMatch(expected);
    expect(r.ok ? null : r.id).toBe('209_broken');
  });

  it('a binary file with NUL bytes', () => {
    expect(reason(parse(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a])))).toMatch(/binary.*NUL/);
  });

  it('bytes that are not UTF-8', () => {
    // "Türkiye" written in Latin-1: 0xFC is not valid UTF-8 on its own.
    expect(reason(parse(Buffer.from([0x54, 0xfc, 0x72, 0x6b, 0x69, 0x79, 0x65, 0x20, 0x68, 0x6f, 0x73, 0x74, 0x73])))).toMatch(/not valid UTF-8/);
  });

  it('text full of control characters', () => {
    expect(reason(parse(`Turkic culture\u0001\u0002\u0003\u0004 news`))).toMatch(/control characters/);
  });
});

describe('article ids and dates', () => {
  it('the id is the file name without .txt and without its folder', () => {
    expect(articleIdFromFileName('003_17e698370f9070bd.txt')).toBe('003_17e698370f9070bd');
    expect(articleIdFromFileName('seeds/101_fixture_ministers.txt')).toBe('101_fixture_ministers');
  });

  it('isValidIsoDate accepts real calendar days only', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('2025-02-30')).toBe(false);
    expect(isValidIsoDate('2025-04-31')).toBe(false);
    expect(isValidIsoDate('2025-5-1')).toBe(false);
  });
});
