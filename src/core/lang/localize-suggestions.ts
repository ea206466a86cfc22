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
  // "founded": the /start buttons' form (src/telegram/example-questions.ts).
  { match: /^When was (.+) (?:established|founded)\?$/, ask: (m, l) => SUGGESTION_PHRASES[l].foundedWhen(m[1]!) },
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

export interface SuggestionOptions {
  /** Put the English ones to the core too, and drop those it does not answer (the /start buttons). */
  checkEnglish?: boolean;
  max?: number;
}

const answers = async (isAnswered: IsAnswered, q: string): Promise<boolean> => (async () => isAnswered(q))().catch(() => false);

/**
 * Each suggestion in `language` where the bot answers that version, else the English one, in the
 * given order. A check that fails counts as unanswered: the English suggestion is kept (unless
 * `checkEnglish`, when a suggestion answered in neither form is left out).
 */
export async function suggestionsIn(english: readonly string[], language: Language, isAnswered: IsAnswered, opts: SuggestionOptions = {}): Promise<string[]> {
  const out: string[] = [];
  for (const s of english) {
    if (opts.max !== undefined && out.length >= opts.max) break;
    const local = localizeSuggestion(s, language);
    if (local && (await answers(isAnswered, local))) out.push(local);
    else if (!opts.checkEnglish || (await answers(isAnswered, s))) out.push(s);
  }
  return out;
}

const cache = new WeakMap<object, Map<string, Promise<string[]>>>();

/**
 * suggestionsIn, kept per knowledge (`owner`): the check asks the core a question per suggestion, and
 * the answer only changes when the knowledge is swapped for a new object.
 */
export function cachedSuggestionsIn(owner: object, english: readonly string[], language: Language, isAnswered: IsAnswered, opts: SuggestionOptions = {}): Promise<string[]> {
  if ((language === 'en' && !opts.checkEnglish) || !english.length) return Promise.resolve(english.slice(0, opts.max));
  let byKey = cache.get(owner);
  if (!byKey) cache.set(owner, (byKey = new Map()));
  const key = JSON.stringify([language, opts.checkEnglish ?? false, opts.max ?? null, english]);
  let hit = byKey.get(key);
  if (!hit) byKey.set(key, (hit = suggestionsIn(english, language, isAnswered, opts)));
  return hit;
}
