/**
 * Cyrillic (Russian and Kazakh letters) to the Latin spellings news articles in English use, with
 * the variants a letter has in practice ("Андижан" is Andijan, "Жамал" Jamal or Zhamal): the caller
 * keeps the variant the corpus knows. And Latin Turkic letters to plain ones (Qəbələ, Bakü, Şuşa).
 */
const CYRILLIC: Record<string, string[]> = {
  а: ['a'], б: ['b'], в: ['v'], г: ['g'], д: ['d'], е: ['e', 'ye'], ё: ['yo', 'e'], ж: ['zh', 'j'], з: ['z'], и: ['i'], й: ['y', 'i', ''], к: ['k'], л: ['l'],
  м: ['m'], н: ['n'], о: ['o'], п: ['p'], р: ['r'], с: ['s'], т: ['t'], у: ['u'], ф: ['f'], х: ['kh', 'h'], ц: ['ts'], ч: ['ch'], ш: ['sh'], щ: ['shch'],
  ъ: [''], ы: ['y', 'i'], ь: [''], э: ['e'], ю: ['yu', 'u'], я: ['ya'],
  // Kazakh
  ә: ['a', 'e'], ғ: ['g', 'gh'], қ: ['k', 'q'], ң: ['ng', 'n'], ө: ['o'], ұ: ['u'], ү: ['u'], һ: ['h'], і: ['i'],
};

/** Every spelling of a word by a table of letter options, the most common first; at most `max`. */
function spellings(word: string, table: Record<string, string[]>, max: number): string[] {
  let out = [''];
  for (const ch of word.toLowerCase()) {
    const options = table[ch] ?? [ch];
    const next: string[] = [];
    for (const prefix of out) for (const o of options) if (next.length < max) next.push(prefix + o);
    out = next;
  }
  return out;
}

/**
 * Uzbek Cyrillic letters as English texts spell Uzbek names: о is often a ("Тошкент" -> Tashkent,
 * "Андижон" -> Andijan), ў is u or o, ж is j.
 */
const CYRILLIC_UZBEK: Record<string, string[]> = { ...CYRILLIC, о: ['o', 'a'], ў: ['u', 'o'], ҳ: ['h', 'kh'], қ: ['k', 'q'], ғ: ['g', 'gh'], ж: ['j', 'zh'], е: ['e', 'ye'] };

/** All Latin spellings of a Cyrillic word, the most common first; at most `max`. Uzbek has letters of its own. */
export function latinVariants(word: string, max = 16, language?: 'uz'): string[] {
  return spellings(word, language === 'uz' ? CYRILLIC_UZBEK : { ...CYRILLIC, ў: ['u', 'o'], ҳ: ['h', 'kh'] }, max);
}

/**
 * Kazakh Cyrillic in the Latin letters Kazakhs write it in: the 2021 alphabet ("қашан" -> "qaşan")
 * and the digraphs of everyday typing ("qashan"). For the Kazakh lexicon's Latin half.
 */
const KAZAKH_LATIN: Record<string, string[]> = {
  а: ['a'], ә: ['ä', 'a'], б: ['b'], в: ['v'], г: ['g'], ғ: ['ğ', 'g', 'gh'], д: ['d'], е: ['e'], ё: ['io', 'yo'], ж: ['j', 'zh'], з: ['z'], и: ['i'], й: ['i', 'y'],
  к: ['k'], қ: ['q', 'k'], л: ['l'], м: ['m'], н: ['n'], ң: ['ñ', 'n', 'ng'], о: ['o'], ө: ['ö', 'o'], п: ['p'], р: ['r'], с: ['s'], т: ['t'], у: ['u', 'w'],
  ұ: ['ū', 'u'], ү: ['ü', 'u'], ф: ['f'], х: ['h', 'kh'], һ: ['h'], ц: ['ts'], ч: ['ç', 'ch'], ш: ['ş', 'sh'], щ: ['şş'], ъ: [''], ы: ['y', 'i'], і: ['ı', 'i'], ь: [''],
  э: ['e'], ю: ['iu', 'yu'], я: ['ia', 'ya'], ' ': [' '],
};

export function kazakhLatinVariants(word: string, max = 12): string[] {
  return spellings(word, KAZAKH_LATIN, max);
}

/** Uzbek Latin to Uzbek Cyrillic ("qachon" -> "қачон", "o'tkazil" -> "ўтказил"): one spelling. */
const UZBEK_GROUPS: [RegExp, string][] = [
  [/o['’ʻʼ‘`]/g, 'ў'], [/g['’ʻʼ‘`]/g, 'ғ'], [/sh/g, 'ш'], [/ch/g, 'ч'], [/yo/g, 'ё'], [/yu/g, 'ю'], [/ya/g, 'я'], [/ye/g, 'е'], [/ts/g, 'ц'],
  // A word-initial e is э ("etil" -> "этил"); elsewhere е.
  [/(^|[\s-])e/g, '$1э'],
];
const UZBEK_LETTERS: Record<string, string> = {
  a: 'а', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'ҳ', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', q: 'қ', r: 'р', s: 'с',
  t: 'т', u: 'у', v: 'в', x: 'х', y: 'й', z: 'з', "'": 'ъ', '’': 'ъ',
};

export function uzbekToCyrillic(text: string): string {
  let out = text.toLowerCase();
  for (const [re, c] of UZBEK_GROUPS) out = out.replace(re, c);
  return [...out].map((ch) => UZBEK_LETTERS[ch] ?? ch).join('');
}

/** The usual Latin spelling of a Cyrillic text ("Султан Раев" -> "Sultan Raev"). */
export function toLatin(text: string): string {
  return text.replace(/[\u0400-\u04ff]+/g, (w) => {
    const latin = latinVariants(w, 1)[0]!;
    return /^\p{Lu}/u.test(w) ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
  });
}

/** Latin Turkic letters to the plain spellings of English text, with the variants articles use. */
const TURKIC: Record<string, string[]> = { ə: ['a', 'e'], ş: ['sh', 's'], ç: ['ch', 'c'], ğ: ['g', ''], ı: ['i'], ö: ['o'], ü: ['u'], q: ['g', 'k', 'q'], x: ['kh', 'x', 'h'], c: ['c', 'j'] };

export function turkicVariants(word: string, max = 16): string[] {
  return spellings(word, TURKIC, max);
}

/**
 * Latin to Cyrillic for names, the way Russian and Kazakh texts write Turkic and Russian names
 * ("Sultan Raev" -> "Султан Раев", "Faruk Güven" -> "Фарук Гювен"). Letter groups first, then
 * single letters. Letters whose reading depends on the source language (c, w, x, q ...) make a word
 * unsafe: null, and the caller keeps the Latin form alone.
 */
const LATIN_GROUPS: [string, string][] = [
  ['shch', 'щ'], ['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'],
  ['iye', 'ие'], ['ya', 'я'], ['yu', 'ю'], ['yo', 'ё'], ['ye', 'е'], ['iy', 'ий'],
];
const LATIN_LETTERS: Record<string, string> = {
  a: 'а', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'дж', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с',
  t: 'т', u: 'у', v: 'в', y: 'й', z: 'з',
  // Turkish and Azerbaijani letters with one usual Cyrillic reading.
  ç: 'ч', ş: 'ш', ğ: 'г', ı: 'ы', ö: 'ё', ü: 'ю', ə: 'а',
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'ı', 'ö', 'ü', 'ə', 'y']);

function wordToCyrillic(word: string): string | null {
  // "Kassym-Jomart": each part on its own, each keeping its capital.
  if (word.includes('-')) {
    const parts = word.split('-').map(wordToCyrillic);
    return parts.every((p): p is string => p !== null) ? parts.join('-') : null;
  }
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; ) {
    const group = LATIN_GROUPS.find(([g]) => lower.startsWith(g, i));
    if (group) {
      out += group[1];
      i += group[0].length;
      continue;
    }
    const ch = lower[i]!;
    // A word-initial e is the hard э ("Ergash" -> "Эргаш"); after a consonant е.
    if (ch === 'e' && (i === 0 || VOWELS.has(lower[i - 1]!))) out += i === 0 ? 'э' : 'е';
    // A y between consonants, or after one at the end, is the vowel ы ("Kassym" -> "Кассым").
    else if (ch === 'y' && i > 0 && !VOWELS.has(lower[i - 1]!) && (i === lower.length - 1 || !VOWELS.has(lower[i + 1]!))) out += 'ы';
    else if (ch === '\'' || ch === '’') out += '';
    else if (LATIN_LETTERS[ch]) out += LATIN_LETTERS[ch];
    else return null;
    i++;
  }
  return /^\p{Lu}/u.test(word) ? out[0]!.toUpperCase() + out.slice(1) : out;
}

/** A name in Cyrillic letters, or null when a word has a letter without one safe reading. */
export function toCyrillic(name: string): string | null {
  const words = name.split(/(\s+)/);
  const out: string[] = [];
  for (const w of words) {
    if (/^\s*$/.test(w)) {
      out.push(w);
      continue;
    }
    const c = wordToCyrillic(w);
    if (c === null) return null;
    out.push(c);
  }
  return out.join('');
}
