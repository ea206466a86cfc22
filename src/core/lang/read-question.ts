/**
 * Questions in the users' languages, read into the English words the answer pipeline understands.
 * The articles stay in English; a question in Russian, Kazakh, Turkish, Azerbaijani or Uzbek is
 * mapped word by word: question words and domain terms through one lexicon per language (data files,
 * matched by word beginning so that case endings need no grammar), numbers with their suffixes
 * ("12-й" -> 12th, "2026-cı" -> 2026), and names through transliteration and Turkic letter folding,
 * keeping the spelling the corpus knows ("Андижан" -> Andijan, "Bakü'deki" -> Baku). No translation
 * service: what the lexicons do not hold is left as a name.
 */
import { fold } from '../text.ts';
import type { Language } from '../types.ts';
import { AZ } from './lexicons/az.ts';
import { COUNTRY_NAMES } from './lexicons/countries.ts';
import { KK } from './lexicons/kk.ts';
import { RU } from './lexicons/ru.ts';
import { TR } from './lexicons/tr.ts';
import { UZ } from './lexicons/uz.ts';
import { kazakhLatinVariants, latinVariants, turkicVariants, uzbekToCyrillic } from './transliterate.ts';

export type { Language };


/**
 * Kazakh is written in Cyrillic and, more and more, in Latin letters; Uzbek in Latin and, by many, in
 * Cyrillic. Each lexicon is kept once, in its main script; the other script's keys are spelled from it.
 */
const withScripts = (entries: [string, string][], spell: (key: string) => string[]): [string, string][] => {
  const out = [...entries];
  for (const [key, english] of entries) for (const other of spell(key)) if (other !== key) out.push([other, english]);
  return out;
};

const LEXICONS: Record<Exclude<Language, 'en'>, [string, string][]> = {
  ru: [...RU, ...COUNTRY_NAMES.ru],
  kk: withScripts([...KK, ...COUNTRY_NAMES.kk], (k) => kazakhLatinVariants(k)),
  tr: [...TR, ...COUNTRY_NAMES.tr],
  az: [...AZ, ...COUNTRY_NAMES.az],
  uz: withScripts([...UZ, ...COUNTRY_NAMES.uz].map(([k, e]) => [uzbekApostrophes(k), e]), (k) => [uzbekToCyrillic(k)]),
};

/** Uzbek o‘ and g‘ are letters: one apostrophe for all the ways they are typed, and one a word keeps. */
function uzbekApostrophes(text: string): string {
  return text.replace(/([oOgG])['’ʻʼ‘`]/g, '$1ʻ');
}

export interface ReadQuestion {
  language: Language;
  /** The question in the pipeline's words (the question itself when it is English). */
  text: string;
  /** A script the bot does not read (Arabic, Chinese ...): answer with the languages it does read. */
  unsupported: boolean;
}

/**
 * The language of a short question: its script, the letters only some languages have, then how many
 * of its words each lexicon knows.
 */
export function detectLanguage(question: string): Language | 'unknown' {
  const letters = question.replace(/[^\p{L}]/gu, '');
  if (!letters) return 'en';
  const cyrillic = (letters.match(/[\u0400-\u04ff]/g) ?? []).length;
  const latin = (letters.match(/[A-Za-z\u00c0-\u024f\u0259]/g) ?? []).length;
  if (cyrillic === 0 && latin === 0) return 'unknown';
  if (cyrillic > latin) {
    // ў and ҳ are Uzbek only; ә ң ө ұ ү һ і Kazakh only; қ and ғ both have.
    if (/[ўҳ]/i.test(question)) return 'uz';
    if (/[әңөұүһі]/i.test(question)) return 'kk';
    if (/[қғ]/i.test(question)) return lexiconVotes(question, ['kk', 'uz']);
    return lexiconVotes(question, ['ru', 'kk', 'uz']);
  }
  if (/[əƏ]/.test(question)) return 'az';
  // ä, ñ and ū are the Kazakh Latin alphabet's own.
  if (/[äñū]/i.test(question)) return 'kk';
  // English function words outweigh a chance lexicon hit ("Kurultáj" begins like Turkish "kurul").
  const english = tokens(question).filter((w) => ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())).length;
  const turkicLetters = /[çşğıöüÇŞĞİÖÜ]|[og]['ʻ‘’]/.test(question);
  // Two English function words make an English question whatever its names are spelt with
  // ("Who is the Secretary General of TÜRKSOY?", "What did Faruk Güven say?").
  if ((english > 0 && !turkicLetters) || english >= 2) return 'en';
  const votes = lexiconVotes(question, ['tr', 'az', 'uz', 'kk']);
  if (votes !== 'en') return votes;
  if (turkicLetters) return 'tr';
  return 'en';
}

function lexiconVotes(question: string, candidates: Exclude<Language, 'en'>[]): Language {
  const words = tokens(uzbekApostrophes(question)).map((t) => t.toLowerCase());
  let best: { lang: Language; hits: number } = { lang: candidates[0] === 'ru' ? 'ru' : 'en', hits: 0 };
  for (const lang of candidates) {
    const hits = words.filter((w) => lookup(w, LEXICONS[lang]) !== null && !ENGLISH_WORDS.has(w)).length;
    if (hits > best.hits) best = { lang, hits };
  }
  return best.lang;
}

/**
 * A question written in English words, not only names and numbers ("Who is ...", not "TURKSOY 2025"):
 * English by evidence rather than by default.
 */
export function isClearlyEnglish(question: string): boolean {
  return detectLanguage(question) === 'en' && tokens(question).some((w) => ENGLISH_FUNCTION_WORDS.has(w.toLowerCase()));
}

const ENGLISH_FUNCTION_WORDS = new Set('the of is was were are who whom whose what which where when how did does do in on at to for from with and by has have had will'.split(' '));

/** Short English words the Turkic lexicons share ("film", "forum", "festival"): no evidence either way. */
const ENGLISH_WORDS = new Set(['film', 'forum', 'festival', 'summit', 'artist', 'president', 'kino', 'ne', 'kim']);

function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’ʻʼ‘-]*/gu) ?? [];
}

/** The English for a word: the lexicon entry whose key begins it, longest key first (short keys whole). */
function lookup(raw: string, lexicon: [string, string][]): string | null {
  // "QHT-lərinin": the word before a hyphenated suffix.
  const word = raw.replace(/[-'’].*$/u, '') || raw;
  let best: [string, string] | null = null;
  for (const entry of lexicon) {
    const [key] = entry;
    if (key.includes(' ')) continue;
    // Two-letter Latin words ("ne", "il") only whole or with a short suffix ("ildə").
    // One-letter words ("в", "и") and short Cyrillic ones ("на", "по") only whole: as beginnings they
    // would match half the language, and veto names ("Нарын", "Сочи").
    const whole = key.length === 1 || (key.length === 2 && /[\u0400-\u04ff]/.test(key));
    const fits = whole ? word === key : key.length <= 2 ? word === key || (word.startsWith(key) && word.length <= key.length + 3) : word.startsWith(key);
    if (fits && (!best || key.length > best[0].length)) best = entry;
  }
  return best ? best[1] : null;
}

const TURKIC_SUFFIXES = ['deki', 'daki', 'teki', 'taki', 'ların', 'lerin', 'ları', 'leri', 'lar', 'ler', 'nın', 'nin', 'nun', 'nün', 'dan', 'den', 'tan', 'ten', 'da', 'de', 'ta', 'te', 'ın', 'in', 'un', 'ün', 'ya', 'ye', 'sı', 'si', 'su', 'sü', 'ı', 'i', 'u', 'ü', 'a', 'e'];
/** Kazakh and Uzbek case endings in Cyrillic ("Алматыда", "Андижонда", "Тошкентнинг"). */
const TURKIC_CYRILLIC_SUFFIXES = ['даги', 'дагы', 'дағы', 'дегі', 'нинг', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'да', 'де', 'та', 'те', 'га', 'ға', 'ге', 'қа', 'ке', 'ни', 'ны', 'ні'];
/** Uzbek and Kazakh Latin endings the Turkish list lacks ("Andijondagi", "Toshkentning", "Almatyda"). */
const TURKIC_LATIN_SUFFIXES = ['dagi', 'ning', 'nıñ', 'nyñ', 'dağy', 'ga', 'ğa', 'ge', 'qa', 'ke', 'ni'];
const RUSSIAN_ENDINGS = ['ого', 'ему', 'ому', 'ыми', 'ими', 'ами', 'ями', 'ах', 'ях', 'ой', 'ей', 'ом', 'ем', 'ую', 'ю', 'а', 'я', 'е', 'у', 'ы', 'и'];

/**
 * Reads a question. `knows` says whether the corpus knows a (folded, Latin) word, so that of the
 * spellings a name may have the one the articles use is kept.
 */
export function readQuestion(question: string, knows: (word: string) => boolean): ReadQuestion {
  const language = detectLanguage(question);
  if (language === 'unknown') return { language: 'en', text: question, unsupported: true };
  if (language === 'en') return { language, text: question, unsupported: false };
  const lexicon = LEXICONS[language];
  const words = tokens(language === 'uz' ? uzbekApostrophes(question) : question);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const lower = raw.toLowerCase();
    // Two-word entries first: "ne zaman", "genel sekreter", "бас хатшы".
    const pair = i + 1 < words.length ? `${lower} ${words[i + 1]!.toLowerCase()}` : '';
    const phrase = pair ? lexicon.find(([k]) => k.includes(' ') && pair.startsWith(k)) : undefined;
    if (phrase) {
      out.push(phrase[1]);
      i++;
      continue;
    }
    const number = /^(\d+)(?:[-'’]?\p{L}+)?$/u.exec(raw);
    if (number) {
      const n = Number(number[1]);
      // "12-й саммит" is the 12th; "2026-cı ildə" the year 2026.
      out.push(n < 1000 && number[0] !== number[1] ? `${n}${ordinalSuffix(n)}` : number[1]!);
      continue;
    }
    const name = asName(raw, language, knows);
    if (name) {
      out.push(name);
      continue;
    }
    const english = lookup(lower, lexicon);
    if (english !== null) {
      if (english) out.push(english);
      continue;
    }
    out.push(/[\u0400-\u04ff]/.test(lower) ? latinVariants(lower, 1, language === 'uz' ? 'uz' : undefined)[0]! : fold(lower));
  }
  return { language, text: `${out.join(' ')}${/\?\s*$/.test(question) ? '?' : ''}`, unsupported: false };
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/**
 * A name the corpus knows under one of this word's spellings, without its case suffix
 * ("Bakü'deki" -> Baku, "Андижан" -> Andijan, "ТЮРКСОЙ" -> TURKSOY): capitalized, so the pipeline
 * takes it for a name. Null for words the corpus does not know (lexicon words, unknown names).
 */
function asName(raw: string, language: Language, knows: (word: string) => boolean): string | null {
  const base = raw.replace(/['’ʼ].*$/u, '');
  const cyrillic = /[\u0400-\u04ff]/.test(base);
  const stems = new Set<string>([base.toLowerCase()]);
  const turkic = language === 'kk' || language === 'uz';
  const endings = cyrillic ? [...(turkic ? TURKIC_CYRILLIC_SUFFIXES : []), ...RUSSIAN_ENDINGS] : [...(turkic ? TURKIC_LATIN_SUFFIXES : []), ...TURKIC_SUFFIXES];
  for (const ending of endings) {
    const lower = base.toLowerCase();
    if (lower.length - ending.length >= 3 && lower.endsWith(ending)) stems.add(lower.slice(0, -ending.length));
  }
  // A lexicon word is not a name even when the corpus has a word spelled like it.
  if (lookup(base.toLowerCase(), LEXICONS[language as Exclude<Language, 'en'>]) !== null && !/^\p{Lu}{2,}/u.test(base)) return null;
  for (const stem of stems) {
    // Uzbek in either script goes through its Cyrillic, whose letters say how English texts spell it.
    const variants = cyrillic
      ? latinVariants(stem, 16, language === 'uz' ? 'uz' : undefined)
      : [fold(stem), ...turkicVariants(stem), ...(language === 'uz' ? latinVariants(uzbekToCyrillic(stem), 16, 'uz') : [])];
    const known = variants.find((v) => v.length >= 3 && knows(v));
    if (known) return known[0]!.toUpperCase() + known.slice(1);
  }
  return null;
}
