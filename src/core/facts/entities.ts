import { COUNTRIES, ORGANIZATIONS, PLACES } from '../gazetteer.ts';
import { fold } from '../text.ts';
import { HONORIFICS, NOT_NAME_WORDS, ORG_WORDS } from './lexicon.ts';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface AliasHit {
  canonical: string;
  type: 'country' | 'organization' | 'place';
  country?: string;
  /** Demonym hits ("Kazakh") say whose a role is, but are not places. */
  demonym?: boolean;
  at: number;
  text: string;
}

interface AliasEntry {
  alias: string;
  canonical: string;
  type: AliasHit['type'];
  country?: string;
  demonym?: boolean;
}

const ALIAS_ENTRIES: AliasEntry[] = [];
for (const c of COUNTRIES) {
  for (const a of [c.name, ...c.aliases]) ALIAS_ENTRIES.push({ alias: a, canonical: c.name, type: 'country', country: c.name });
  for (const d of c.demonyms) ALIAS_ENTRIES.push({ alias: d, canonical: c.name, type: 'country', country: c.name, demonym: true });
}
for (const o of ORGANIZATIONS) for (const a of [o.name, ...o.aliases]) ALIAS_ENTRIES.push({ alias: a, canonical: o.name, type: 'organization' });
for (const p of PLACES) for (const a of [p.name, ...(p.aliases ?? [])]) ALIAS_ENTRIES.push({ alias: a, canonical: p.name, type: 'place', country: p.country });

// Matched on folded text so "TÜRKSOY", "Türkiye" and "Turkiye" all hit; longest alias first.
const FOLDED_ENTRIES = ALIAS_ENTRIES.map((e) => ({ ...e, key: fold(e.alias) })).sort((a, b) => b.key.length - a.key.length);
const ALIAS_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${FOLDED_ENTRIES.map((e) => esc(e.key)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const BY_KEY = new Map<string, (typeof FOLDED_ENTRIES)[number]>();
for (const e of FOLDED_ENTRIES) if (!BY_KEY.has(e.key)) BY_KEY.set(e.key, e);

/**
 * Gazetteer names in a text, longest match first, not overlapping. Case matters for short aliases
 * ("UN", "AA", "Mary") so the words "un" and "mary" in lower case are not taken for names.
 */
export function findGazetteerNames(text: string): AliasHit[] {
  // fold() keeps length for Latin text with diacritics only after NFKD+mark removal, so map positions
  // through a per-character fold instead of folding the whole string at once.
  const folded = foldKeepingLength(text);
  const hits: AliasHit[] = [];
  for (const m of folded.matchAll(ALIAS_RE)) {
    const e = BY_KEY.get(m[0]);
    if (!e) continue;
    const original = text.slice(m.index, m.index + m[0].length);
    if (!/^\p{Lu}/u.test(original)) continue;
    if (e.alias.length <= 4 && original !== e.alias && original.toUpperCase() !== e.alias.toUpperCase()) continue;
    if (e.alias.length <= 4 && e.alias === e.alias.toUpperCase() && original !== original.toUpperCase()) continue;
    hits.push({ canonical: e.canonical, type: e.type, country: e.country, demonym: e.demonym, at: m.index, text: original });
  }
  return hits;
}

// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Folds each character on its own so offsets into the folded string match the original. */
export function foldKeepingLength(text: string): string {
  // ASCII (most sentences): each character's fold is its lower case, and so the whole text's.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** Each character's one-character fold, memoized: folding letter by letter was a tenth of answer time. */
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let f = foldedChars.get(ch);
  if (f === undefined) {
    const x = fold(ch);
    f = x.length === ch.length ? x : ch.length === 1 ? (x[0] ?? ch) : ch;
    // Bounded against a stream of exotic characters.
    if (foldedChars.size < 10_000) foldedChars.set(ch, f);
  }
  return f;
}

/** The canonical name when the whole string is a known alias ("Türksoy's" -> "TURKSOY"). */
export function canonicalName(s: string): { canonical: string; type: AliasHit['type']; country?: string } | null {
  const key = fold(s.trim()).replace(/'s$/, '').replace(/^the /, '');
  const e = BY_KEY.get(key);
  return e ? { canonical: e.canonical, type: e.type, country: e.country } : null;
}

export function countryOf(text: string): string | undefined {
  return findGazetteerNames(text).find((h) => h.country && h.type !== 'organization')?.country;
}

/** All alias keys, folded: question analysis looks entities up with them. */
export function gazetteerAliases(): { key: string; canonical: string; type: AliasHit['type']; country?: string }[] {
  return FOLDED_ENTRIES.map((e) => ({ key: e.key, canonical: e.canonical, type: e.type, country: e.country }));
}

const NAME_TOKEN = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$/u;

/** A capitalized word that can be part of a person's name: "Sultan", "Kassym-Jomart", "Güven". */
export function isNameToken(token: string): boolean {
  if (!NAME_TOKEN.test(token)) return false;
  const f = fold(token);
  if (f.split('-').some((part) => NOT_NAME_WORDS.has(part) || ORG_WORDS.has(part))) return false;
  return canonicalName(token) === null;
}

/**
 * A person's name at the end of a phrase: the last two to four name tokens
 * ("Kazakh Minister of Culture and Information Aida Balayeva" -> "Aida Balayeva").
 */
export function trailingPersonName(phrase: string): { name: string; rest: string } | null {
  const clean = phrase.replace(/[\s,;:]+$/, '');
  const tokens = clean.split(/\s+/);
  let i = tokens.length;
  while (i > 0 && isNameToken(tokens[i - 1]!) && tokens.length - i < 4) i--;
  // "Mayor of Ordabasy Kanat Sultanov", "Museum of Local History Kanat Sultanov": "of" needs its object,
  // so of three or four names after it the last two are the person; "Museum of Local History" alone
  // names no one.
  if (i > 0 && /^(?:of|for|to|in)$/.test(tokens[i - 1]!)) {
    if (tokens.length - i >= 3) i = tokens.length - 2;
    else if (i >= 2 && ORG_WORDS.has(fold(tokens[i - 2]!))) return null;
  }
  const n = tokens.length - i;
  if (n < 2) return null;
  return { name: tokens.slice(i).join(' '), rest: tokens.slice(0, i).join(' ') };
}

/** The whole phrase as a person's name, honorifics removed ("H.E. Mr. Sultan Raev" -> "Sultan Raev"). */
export function wholePersonName(phrase: string): string | null {
  const clean = phrase.trim().replace(HONORIFICS, '').replace(/[.,;:]+$/, '');
  const tokens = clean.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4) return null;
  return tokens.every(isNameToken) ? tokens.join(' ') : null;
}

/** A person's name ending a clause: "... was joined by Ayan Turekulov" -> "Ayan Turekulov". */
export function endingPersonName(phrase: string): string | null {
  const clean = phrase.trim().replace(/[.,;:]+$/, '');
  const t = trailingPersonName(clean.replace(HONORIFICS, ''));
  if (!t) return null;
  // "the Heydar Aliyev" is part of a longer name ("the Heydar Aliyev Center"), cut by the comma.
  if (/\bthe$/i.test(t.rest)) return null;
  return t.name;
}

/** Is the phrase an organization's name (by the gazetteer or by its head word)? */
export function isOrganizationPhrase(phrase: string): boolean {
  if (canonicalName(phrase)?.type === 'organization') return true;
  const last = fold(phrase.trim().split(/\s+/).pop() ?? '');
  return ORG_WORDS.has(last) || /^[A-Z]{2,}[a-z]*$/.test(phrase.trim());
}

/**
 * Spelling variants of one person fold together: same first name (or none) and a surname within one
 * or two edits ("Shamuradov"/"Shamyradov", "Raev"/"Rayev", "Guseynov"/"Huseynov"), but a surname that
 * only adds the feminine "a" is another person ("Aliyev"/"Aliyeva").
 */
export function samePerson(a: string, b: string): boolean {
  const ta = fold(a).split(/\s+/);
  const tb = fold(b).split(/\s+/);
  const la = ta[ta.length - 1]!;
  const lb = tb[tb.length - 1]!;
  if (la === lb + 'a' || lb === la + 'a') return false;
  const firstA = ta.length > 1 ? ta[0]! : null;
  const firstB = tb.length > 1 ? tb[0]! : null;
  if (firstA && firstB && firstA !== firstB && DamerauLevenshteinDistance(firstA, firstB) > 1) return false;
  const limit = Math.min(la.length, lb.length) >= 7 ? 2 : 1;
  return la === lb || DamerauLevenshteinDistance(la, lb) <= limit;
}
