/**
 * Matching terms: the one normalization of words that questions, facts and sentences share (fold,
 * stem, then the thesaurus concept). Its own module so that the fact index, question analysis and
 * retrieval all depend on it, and not on each other.
 */
import { STOP_WORDS, words } from '../text.ts';
import { stem } from '../search/sentence-search.ts';
import { THESAURUS } from './thesaurus.ts';

/** Stem -> concept, compiled from the thesaurus. */
const CONCEPT_OF_STEM: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of THESAURUS) {
    const [concept, ...rest] = line.split(/\s+/);
    for (const w of [concept!, ...rest]) {
      const s = stem(w);
      const before = map.get(s);
      if (before && before !== concept) throw new Error(`thesaurus: "${w}" (stem ${s}) is in the lines of "${before}" and "${concept}"`);
      map.set(s, concept!);
    }
  }
  return map;
})();

/**
 * Words the stemmer conflates with words of another meaning: Porter reduces both "organization" and
 * "organized" to "organ", so every "Organization of Turkic States" would count as "organized".
 */
const STEM_EXCEPTIONS: [RegExp, string][] = [[/^organi[sz]ations?$/, 'organization']];

const termOfWord = new Map<string, string>();

/**
 * The matching form of a folded word, the same for questions and for the articles. Memoized: the
 * answer path takes the terms of every retrieved sentence and quoted source, and a corpus has few
 * distinct words.
 */
export function termOf(word: string): string {
  let term = termOfWord.get(word);
  if (term === undefined) {
    term = termOfUncached(word);
    // A bound keeps a stream of junk words (pasted questions) from growing it forever.
    if (termOfWord.size < 500_000) termOfWord.set(word, term);
  }
  return term;
}

function termOfUncached(word: string): string {
  for (const [re, term] of STEM_EXCEPTIONS) if (re.test(word)) return term;
  const s = stem(word);
  return CONCEPT_OF_STEM.get(s) ?? s;
}

const stemsByConcept = new Map<string, string[]>();
for (const [s, concept] of CONCEPT_OF_STEM) stemsByConcept.set(concept, [...(stemsByConcept.get(concept) ?? []), s]);

/** The stems whose term is `term`: itself and every stem of its thesaurus line ('establish' <- 'found', 'creat', ...). */
export function stemsOf(term: string): string[] {
  return [...new Set([term, ...(stemsByConcept.get(term) ?? [])])];
}

/** Matching terms of a text: stop words dropped. */
export function termsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) if (!STOP_WORDS.has(w)) out.add(termOf(w));
  return out;
}
