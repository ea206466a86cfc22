import type { Language } from './read-question.ts';
import { LANGUAGE_NAMES } from './read-question.ts';

/** "I don't know" in the asker's language, with the English after it (the articles are English). */
const DONT_KNOW: Record<Language, string> = {
  en: "I don't know: the articles I have don't answer that.",
  ru: 'Не знаю: в моих статьях нет ответа на этот вопрос.',
  kk: 'Білмеймін: менің мақалаларымда бұл сұраққа жауап жоқ.',
  tr: 'Bilmiyorum: elimdeki makaleler bu soruyu yanıtlamıyor.',
  az: 'Bilmirəm: məqalələrimdə bu suala cavab yoxdur.',
  uz: "Bilmayman: maqolalarimda bu savolga javob yo'q.",
};

/** "I don't know" in one language only. */
export function dontKnowIn(language: Language): string {
  return DONT_KNOW[language];
}

export function dontKnow(language: Language): string {
  return language === 'en' ? DONT_KNOW.en : `${DONT_KNOW[language]}\n${DONT_KNOW.en}`;
}

/** For a question in a script the bot does not read: the languages it does read. */
export function unsupportedLanguage(): string {
  const names = Object.values(LANGUAGE_NAMES).join(', ');
  return `I can only read questions in ${names} (Latin or Cyrillic letters). Please ask in one of them.`;
}
