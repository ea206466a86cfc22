/** Text normalization shared by extraction, search and question analysis. */

const APOSTROPHES = /[\u2018\u2019\u02bc\u02bb\u0060\u00b4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lower case without diacritics: `TÜRKSOY` -> `turksoy`, `İstanbul` -> `istanbul`, `Çam` -> `cam`.
 * `'İ'.toLowerCase()` keeps a combining dot, so marks are dropped after NFKD; `ı` has no decomposition.
 */
export function fold(s: string): string {
  // Plain ASCII (most words and sentences) has no marks, curly apostrophes or dashes to fold.
  if (ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-');
}

/** Curly quotes and dashes to their plain forms, without changing case or letters. */
export function plainPunctuation(s: string): string {
  return s
    .replace(APOSTROPHES, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(DASHES, '-');
}

/**
 * Word tokens of folded text. Keeps letters of every script together (the default MiniSearch and
 * natural tokenizers split `O‘zbekiston` and `TÜRKSOY`), drops possessive `'s`.
 */
export function words(s: string): string[] {
  const out: string[] = [];
  for (const m of fold(s).matchAll(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu)) {
    let w = m[0];
    if (w.endsWith("'s")) w = w.slice(0, -2);
    else if (w.endsWith("'")) w = w.slice(0, -1);
    out.push(w);
  }
  return out;
}

export const STOP_WORDS = new Set(
  (
    'a an the and or but if of at by for with about against between into through during before after above below to from up down in out on off ' +
    'over under again further then once here there all any both each few more most other some such no nor not only own same so than too very ' +
    'can will just should now is are was were be been being have has had having do does did doing i me my we our you your he him his she her ' +
    'it its they them their what which who whom whose this that these those am as until while where when why how also would could may might ' +
    'shall must one s t'
  ).split(' '),
);

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `2025-11-24` -> `24 November 2025`. */
export function humanDate(iso: string | null): string {
  if (!iso) return 'undated';
  const [y, m, d] = iso.split('-');
  const month = MONTHS[Number(m) - 1];
  if (!month || !y || !d) return iso;
  return `${Number(d)} ${month[0]!.toUpperCase()}${month.slice(1)} ${y}`;
}

/** Stable 64-bit FNV-1a hash as 16 hex digits: ids that do not change between builds. */
export function stableHash(s: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of Buffer.from(s, 'utf8')) {
    h ^= BigInt(byte);
    h = (h * prime) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** What stands between two members of an enumeration ("A, B and C"): a comma, "and", or both. */
export const ENUMERATION_GAP = /^\s*(?:,|,?\s*and|&)\s*$/;
