/**
 * The example questions under "I don't know" in the reader's language. The core draws them in English
 * from its facts; each of its forms is matched here and asked again from SUGGESTION_PHRASES. A
 * suggestion is only worth showing if pressing or retyping it gets an answer, so every localized one is
 * put to the bot first (the caller passes how it answers) and kept only if answered; otherwise the
 * English one stays. Why not trust the templates: "Где прошёл Solidarity Forum of NGOs …?" reads the
 * English name as noise and goes unanswered, while the Turkish form of the same question is answered.
 */
import type { Language } from '../types.ts';
import { SUGGESTION_PHRASES } from './phrases.ts';

/** The core's forms (src/core/qa/compose-answer.ts, drawSuggestions), one per kind of fact. */
const FORMS: { match: RegExp; ask: (m: RegExpExecArray, language: Exclude<Language, 'en'>) => string | null }[] = [
  { match: /^Which city is the Cultural Capital of the Turkic World in (\d{4})\?$/, ask: (m, l) => SUGGESTION_PHRASES[l].capitalIn(m[1]!) },
  {
    match: /^Who is the (.+?) of (.+)\?$/,
    ask: (m, l) => {
      const title = SUGGESTION_PHRASES[l].titles[m[1]!.toLowerCase()];
      return title ? SUGGESTION_PHRASES[l].roleOf(title, m[2]!) : null;
    },
  },
  { match: /^Where was the (.+) held\?$/, ask: (m, l) => SUGGESTION_PHRASES[l].heldWhere(m[1]!) },
  { match: /^When was (.+) established\?$/, ask: (m, l) => SUGGESTION_PHRASES[l].foundedWhen(m[1]!) },
];

/** The suggestion asked in `language`, or null when its form or title has no counterpart there. */
export function localizeSuggestion(english: string, language: Language): string | null {
  if (language === 'en') return null;
  for (const form of FORMS) {
    const m = form.match.exec(english.trim());
    if (m) return form.ask(m, language);
  }
  return null;
}

export type IsAnswered = (question: string) => boolean | Promise<boolean>;

/**
 * Each suggestion in `language` where the bot answers that version, else the English one, in the
 * core's order. A check that fails counts as unanswered: the English suggestion is never lost.
 */
export async function suggestionsIn(english: readonly string[], language: Language, isAnswered: IsAnswered): Promise<string[]> {
  if (language === 'en') return [...english];
  const out: string[] = [];
  for (const s of english) {
    const local = localizeSuggestion(s, language);
    let answered = false;
    if (local) answered = await (async () => isAnswered(local))().catch(() => false);
    out.push(local && answered ? local : s);
  }
  return out;
}

const cache = new WeakMap<object, Map<string, Promise<string[]>>>();

/**
 * suggestionsIn, kept per knowledge (`owner`): the check asks the core a question per suggestion, and
 * the answer only changes when the knowledge is swapped for a new object.
 */
export function cachedSuggestionsIn(owner: object, english: readonly string[], language: Language, isAnswered: IsAnswered): Promise<string[]> {
  if (language === 'en' || !english.length) return Promise.resolve([...english]);
  let byKey = cache.get(owner);
  if (!byKey) cache.set(owner, (byKey = new Map()));
  const key = `${language}\n${english.join('\n')}`;
  let hit = byKey.get(key);
  if (!hit) byKey.set(key, (hit = suggestionsIn(english, language, isAnswered)));
  return hit;
}
