/**
 * The bot's own words in the reader's language: local dates, names written in Cyrillic where that is
 * safe, and which language a reply is in.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, localDate, PHRASES } from '../../../src/core/lang/phrases.ts';
import { languageFromCode, replyLanguage } from '../../../src/core/lang/reply-language.ts';
import { latinVariants, toCyrillic, toLatin } from '../../../src/core/lang/transliterate.ts';

describe('dates the local way', () => {
  it.each([
    ['en', '28 November 2025'],
    ['ru', '28 ноября 2025 г. (28.11.2025)'],
    ['kk', '28 қараша 2025 ж. (28.11.2025)'],
    ['tr', '28 Kasım 2025 (28.11.2025)'],
    ['az', '28 noyabr 2025 (28.11.2025)'],
    ['uz', '2025-yil 28-noyabr (28.11.2025)'],
  ] as const)('%s: 2025-11-28 -> %s', (lang, text) => expect(localDate('2025-11-28', lang)).toBe(text));

  it('says "undated" in each language, and keeps a date it cannot read as it is', () => {
    expect(localDate(null, 'ru')).toBe('без даты');
    expect(localDate(null, 'tr')).toBe('tarihsiz');
    expect(localDate('2025-13-01', 'ru')).toBe('2025-13-01');
    expect(localDate('2025-03-02', 'ru')).toBe('2 марта 2025 г. (02.03.2025)');
  });

  it('has every phrase in every language', () => {
    for (const lang of LANGUAGES) {
      const p = PHRASES[lang];
      for (const [key, value] of Object.entries(p)) if (typeof value === 'string') expect(value.trim(), `${lang}.${key}`).not.toBe('');
      expect(p.notFound('X?')).toContain('X?');
      expect(Object.values(p.digest).every((s) => s.trim())).toBe(true);
    }
  });
});

describe('transliteration both ways', () => {
  it.each([
    ['Sultan Raev', 'Султан Раев'],
    ['Faruk Güven', 'Фарук Гювен'],
    ['Aida Balayeva', 'Аида Балаева'],
    ['Asset Yernazarov', 'Ассет Ерназаров'],
    ['Shukhratulla Rizayev', 'Шухратулла Ризаев'],
    ['Ergash', 'Эргаш'],
    ['Ilham Əliyev', 'Илхам Алиев'],
    ['Kassym-Jomart Tokayev', 'Кассым-Джомарт Токаев'],
    ['Aybek', 'Айбек'],
  ])('%s -> %s', (latin, cyrillic) => expect(toCyrillic(latin)).toBe(cyrillic));

  it('refuses a letter whose reading depends on the language (c, w, x, q) rather than guess', () => {
    expect(toCyrillic('Francis')).toBeNull();
    expect(toCyrillic('William Shaw')).toBeNull();
    expect(toCyrillic('Qasim')).toBeNull();
  });

  it('comes back to the Latin spelling it started from, for names written the usual way', () => {
    for (const name of ['Sultan Raev', 'Aida Balayeva', 'Nazarbekov']) {
      const back = toCyrillic(name)!;
      expect(latinVariants(back.toLowerCase().split(' ').join(''))).toContain(name.toLowerCase().split(' ').join(''));
    }
    expect(toLatin('Султан Раев')).toBe('Sultan Raev');
  });
});

describe('the reply language', () => {
  it('reads Telegram language codes, whatever their region or script', () => {
    expect(languageFromCode('ru')).toBe('ru');
    expect(languageFromCode('en-US')).toBe('en');
    expect(languageFromCode('uz-Cyrl')).toBe('uz');
    expect(languageFromCode('KK')).toBe('kk');
    expect(languageFromCode('de')).toBeNull();
    expect(languageFromCode(undefined)).toBeNull();
    expect(languageFromCode('')).toBeNull();
  });

  it('follows a question clearly in another language, else the chat', () => {
    expect(replyLanguage('TÜRKSOY genel sekreteri kim?', 'ru')).toBe('tr');
    expect(replyLanguage('Кто генеральный секретарь ТЮРКСОЙ?', 'en')).toBe('ru');
    expect(replyLanguage('Who is the Secretary General of TURKSOY?', 'ru')).toBe('en');
    // Names and numbers only: no evidence, the chat's language.
    expect(replyLanguage('TURKSOY 1993?', 'ru')).toBe('ru');
    expect(replyLanguage('土耳其文化组织?', 'tr')).toBe('tr');
  });
});
