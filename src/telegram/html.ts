/**
 * Telegram HTML: escaping, splitting long messages without breaking tags, and rendering to plain text
 * for the console. Telegram allows only a few tags and needs `<`, `>` and `&` escaped everywhere else.
 */

import { TELEGRAM_MESSAGE_LIMIT, escapeHtml } from '../core/telegram-html.ts';

export { escapeHtml };
export const MESSAGE_LIMIT = TELEGRAM_MESSAGE_LIMIT;

/** For attribute values (href): quotes too. */
export function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

/** A link only for http(s) URLs; anything else would be rejected by Telegram or unsafe to follow. */
export function link(url: string | null | undefined, text: string): string {
  if (!url || !/^https?:\/\/\S+$/i.test(url)) return escapeHtml(text);
  return `<a href="${escapeAttr(url)}">${escapeHtml(text)}</a>`;
}

interface OpenTag {
  name: string;
  /** The whole opening tag, attributes included, to reopen it in the next part. */
  raw: string;
}

interface ScanPoint {
  /** Open tags at this offset, outermost first. */
  open: OpenTag[];
  /** False inside a tag or an entity, or between the halves of a surrogate pair. */
  cuttable: boolean;
}

/** Walks the HTML once and records, for every offset, which tags are open and whether a cut may go there. */
function scan(html: string): ScanPoint[] {
  const points: ScanPoint[] = [];
  let open: OpenTag[] = [];
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '<') {
      const end = html.indexOf('>', i);
      const tagEnd = end === -1 ? html.length : end + 1;
      points.push({ open, cuttable: true });
      for (let j = i + 1; j < tagEnd; j++) points.push({ open, cuttable: false });
      const raw = html.slice(i, tagEnd);
      const m = /^<(\/?)([a-z-]+)/i.exec(raw);
      if (m) {
        const name = m[2]!.toLowerCase();
        if (m[1]) {
          const at = open.map((t) => t.name).lastIndexOf(name);
          if (at >= 0) open = open.slice(0, at);
        } else {
          open = [...open, { name, raw }];
        }
      }
      i = tagEnd;
      continue;
    }
    if (ch === '&') {
      const m = /^&(#\d+|#x[\da-f]+|[a-z]+);/i.exec(html.slice(i, i + 12));
      const len = m ? m[0].length : 1;
      points.push({ open, cuttable: true });
      for (let j = 1; j < len; j++) points.push({ open, cuttable: false });
      i += len;
      continue;
    }
    const code = ch.charCodeAt(0);
    const lowSurrogate = code >= 0xdc00 && code <= 0xdfff;
    points.push({ open, cuttable: !lowSurrogate });
    i += 1;
  }
  points.push({ open, cuttable: true });
  return points;
}

const closing = (open: OpenTag[]): string => open.map((t) => `</${t.name}>`).reverse().join('');
const reopening = (open: OpenTag[]): string => open.map((t) => t.raw).join('');

/**
 * Boundaries to cut at, best first: paragraph, line, sentence, word. A cut must leave the part at least
 * half full, so a blank line near the start does not produce a tiny message.
 */
const BOUNDARIES: RegExp[] = [/\n\n/g, /\n/g, /[.!?…]["»”)]?\s/g, /\s/g];

function findCut(html: string, points: ScanPoint[], limit: number, progressFrom: number): number {
  const fits = (pos: number): boolean => {
    const p = points[pos];
    return pos > progressFrom && !!p && p.cuttable && pos + closing(p.open).length <= limit;
  };
  const minimum = Math.floor(limit / 2);
  for (const boundary of BOUNDARIES) {
    let best = -1;
    for (const m of html.matchAll(boundary)) {
      const pos = m.index + m[0].length;
      if (pos > limit) break;
      if (pos >= minimum && fits(pos)) best = pos;
    }
    if (best > 0) return best;
  }
  // No boundary: cut mid-word at the last offset that fits.
  for (let pos = Math.min(limit, html.length - 1); pos > progressFrom; pos--) if (fits(pos)) return pos;
  return Math.min(limit, html.length);
}

/**
 * Splits HTML into parts of at most `limit` UTF-16 units. Tags open at a cut are closed at the end of
 * one part and reopened at the start of the next, so every part is valid on its own.
 */
export function splitHtml(html: string, limit = MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let rest = html.trim();
  let reopened = 0;
  while (rest.length > limit) {
    const points = scan(rest);
    const cut = findCut(rest, points, limit, reopened);
    const open = points[cut]?.open ?? [];
    parts.push(rest.slice(0, cut).trimEnd() + closing(open));
    // Tags open at the cut start again in the next part; whitespace at the cut is dropped.
    const prefix = reopening(open);
    rest = prefix + rest.slice(cut).replace(/^\s+/, '');
    reopened = prefix.length;
  }
  if (rest.trim()) parts.push(rest);
  // A part made only of reopened-and-closed tags carries nothing.
  return parts.filter((p) => htmlToText(p).trim().length > 0);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function unescapeHtml(text: string): string {
  return text.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Telegram HTML to plain text for the console: a quote goes between “ ” as in `ask` (a `> ` prefix
 * read as the prompt), links keep their URL.
 */
export function htmlToText(html: string): string {
  const withQuotes = html.replace(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/gi, (_, inner: string) => `“${inner.trim()}”`);
  const withLinks = withQuotes.replace(/<a\s+href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, text: string) => {
    const url = unescapeHtml(href);
    return unescapeHtml(text) === url ? text : `${text} (${href})`;
  });
  return unescapeHtml(withLinks.replace(/<[^>]+>/g, ''));
}
