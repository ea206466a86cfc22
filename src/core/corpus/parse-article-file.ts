/** Reads one article file's bytes into its header fields and raw text. Pure: no file system here. */

export interface RawArticle {
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  date: string | null;
  /** The article text as written, header removed. */
  body: string;
}

export type ParseResult = { ok: true; article: RawArticle } | { ok: false; id: string; reason: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date such as 2024-02-29; false for 2025-02-30 or 2025-13-01. */
export function isValidIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && y >= 1900 && y <= 2200;
}

/** Article id from a file name: `003_17e698370f9070bd.txt` -> `003_17e698370f9070bd`. */
export function articleIdFromFileName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.txt$/i, '');
}

export function parseArticleFile(id: string, bytes: Uint8Array): ParseResult {
  const fail = (reason: string): ParseResult => ({ ok: false, id, reason });
  if (bytes.length === 0) return fail('empty file');
  if (bytes.includes(0)) return fail('binary file (contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('not valid UTF-8 text');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Control characters other than tab and newline mean a binary or corrupted file.
  const controls = text.match(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.001) return fail('binary or corrupted file (control characters)');
  if (!text.trim()) return fail('empty file');

  let title: string | null = null;
  let url: string | null = null;
  let publisher: string | null = null;
  let date: string | null = null;
  let body = text;

  if (/^---\s*\n/.test(text)) {
    const end = text.indexOf('\n---', 3);
    if (end < 0) return fail('front matter opened with --- but never closed');
    const header = text.slice(text.indexOf('\n') + 1, end);
    body = text.slice(end + 4).replace(/^[^\n]*\n?/, '');
    for (const line of header.split('\n')) {
      if (!line.trim()) continue;
      const m = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
      if (!m) return fail(`front matter line is not "key: value": ${JSON.stringify(line.slice(0, 60))}`);
      const key = m[1]!.toLowerCase();
      const value = m[2]!.replace(/^["']|["']$/g, '') || null;
      if (key === 'title') title = value;
      else if (key === 'url') url = value;
      else if (key === 'publisher') publisher = value;
      else if (key === 'date') date = value;
    }
    if (date !== null && !isValidIsoDate(date)) return fail(`bad date in front matter: ${JSON.stringify(date)} (want YYYY-MM-DD)`);
  } else {
    // First line ` date YYYY-MM-DD <text...>`: the text starts on the same line.
    const m = /^\s*date\s+(\S+)[ \t]*/.exec(text);
    if (m) {
      if (!isValidIsoDate(m[1]!)) return fail(`bad date on the first line: ${JSON.stringify(m[1])} (want YYYY-MM-DD)`);
      date = m[1]!;
      body = text.slice(m[0].length);
    }
  }
  if (!body.trim()) return fail('no article text after the header');
  if (!/\p{L}{2,}/u.test(body)) return fail('no words in the article text');
  return { ok: true, article: { id, title, url, publisher, date, body } };
}
