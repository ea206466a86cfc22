/**
 * Which language a reply is written in. The chat's language (chosen with /language, else the user's
 * Telegram app language, else English) unless the question itself is clearly in another language the
 * bot reads: a Turkish question in a Russian chat gets a Turkish reply. A question of names and numbers
 * only ("TURKSOY 1993?") says nothing, and gets the chat's language.
 */
import type { Language } from '../types.ts';
import { isLanguage } from './phrases.ts';
import { detectLanguage, isClearlyEnglish } from './read-question.ts';

/** Telegram's `language_code` (an IETF tag: "ru", "en-US", "uz-Cyrl") as a language the bot writes, or null. */
export function languageFromCode(code: string | undefined | null): Language | null {
  const primary = code?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : null;
}

export function replyLanguage(question: string, chatLanguage: Language): Language {
  const detected = detectLanguage(question);
  if (detected === 'unknown') return chatLanguage;
  if (detected !== 'en') return detected;
  return isClearlyEnglish(question) ? 'en' : chatLanguage;
}
