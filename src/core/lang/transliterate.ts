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

/** All Latin spellings of a Cyrillic word, the most common first; at most `max`. */
export function latinVariants(word: string, max = 16): string[] {
  return spellings(word, CYRILLIC, max);
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
