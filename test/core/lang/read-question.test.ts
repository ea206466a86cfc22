/**
 * Questions in Russian, Kazakh, Turkish, Azerbaijani and Uzbek read into the pipeline's words:
 * language detection on short questions, transliteration, each language's question words, suffixes
 * and names, and the replies' "I don't know" in the asker's language.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/core/build-index.ts';
import { detectLanguage, readQuestion } from '../../../src/core/lang/read-question.ts';
import { kazakhLatinVariants, latinVariants, toLatin, turkicVariants, uzbekToCyrillic } from '../../../src/core/lang/transliterate.ts';
import { loadKnowledge } from '../../../src/core/load-knowledge.ts';
import { answerQuestion } from '../../../src/core/qa/index.ts';

const KNOWN = new Set(['andijan', 'baku', 'turksoy', 'raev', 'sultan', 'almaty', 'gabala', 'jamal', 'tashkent', 'naryn']);
const knows = (w: string) => KNOWN.has(w);
const read = (q: string) => readQuestion(q, knows).text;

describe('language detection on short questions', () => {
  it.each([
    ['Кто генеральный секретарь ТЮРКСОЙ?', 'ru'],
    ['Где прошёл саммит?', 'ru'],
    ['Түркі әлемі жастарының кездесуі қай қалада өтті?', 'kk'],
    ['TÜRKSOY genel sekreteri kim?', 'tr'],
    ['Forum ne zaman yapıldı?', 'tr'],
    ['Forum harada keçirildi?', 'az'],
    ['TURKSOY qachon tashkil etilgan?', 'uz'],
    ['Who is the Secretary General of TURKSOY?', 'en'],
    ['Who is the Secretary General of TÜRKSOY?', 'en'],
    ['What did Faruk Güven say about the festival?', 'en'],
    ['How many ethnic groups were at the tenth Kurultáj?', 'en'],
    ['土耳其文化组织的秘书长是谁?', 'unknown'],
    // Kazakh in Latin letters, with the 2021 alphabet's letters and without them.
    ['Jastar kezdesuı qai qalada öttı?', 'kk'],
    ['Festival qashan otti?', 'kk'],
    ['Bas hatşy kim?', 'kk'],
    // Uzbek in Cyrillic letters: by ў and ҳ, or by its words when only қ and ғ are there.
    ['Фестиваль қаерда бўлиб ўтди?', 'uz'],
    ['ТУРКСОЙ қачон ташкил этилган?', 'uz'],
    ['Саммит қашан өтті?', 'kk'],
    ['Где прошёл форум?', 'ru'],
  ])('%s -> %s', (q, lang) => expect(detectLanguage(q)).toBe(lang));
});

describe('transliteration', () => {
  it('writes Cyrillic names the way the articles do, offering the variants a letter has', () => {
    expect(toLatin('Султан Раев')).toBe('Sultan Raev');
    expect(latinVariants('андижан')).toContain('andijan');
    expect(latinVariants('ақтау')).toContain('aktau');
    expect(turkicVariants('qəbələ')).toContain('gabala');
    expect(latinVariants('тошкент', 16, 'uz')).toContain('tashkent');
    expect(latinVariants('ўзбекистон', 16, 'uz')).toContain('uzbekistan');
  });

  it('spells Kazakh Cyrillic in Kazakh Latin (2021 letters and everyday digraphs) and Uzbek Latin in Uzbek Cyrillic', () => {
    expect(kazakhLatinVariants('қашан')).toEqual(['qaşan', 'qashan', 'kaşan', 'kashan']);
    expect(kazakhLatinVariants('түркі')).toContain('türkı');
    expect(uzbekToCyrillic('qachon')).toBe('қачон');
    expect(uzbekToCyrillic("bo'lib o‘tdi")).toBe('бўлиб ўтди');
    expect(uzbekToCyrillic('tashkil etil')).toBe('ташкил этил');
    expect(uzbekToCyrillic('shahar')).toBe('шаҳар');
  });
});

describe('question words, domain terms, suffixes and names', () => {
  it.each([
    ['Кто генеральный секретарь ТЮРКСОЙ?', 'who general secretary Turksoy?'],
    ['Где прошёл 12-й саммит?', 'where held 12th summit?'],
    // The organizations' own abbreviations in the language: ОТГ, ТМҰ are the OTS.
    ['Где прошел саммит ОТГ?', 'where held summit OTS?'],
    // Prepositions are words, not names; and a name that begins like one stays a name.
    ['Сколько артистов участвовало в проектах за год?', 'how many artists participated in projects year?'],
    ['Что состоялось в Нарыне и в Баку?', 'what held in Naryn and in Baku?'],
    ['Когда был основан ТЮРКСОЙ?', 'when was founded Turksoy?'],
    // прошла/прошло is "took place", прошлый/прошлом "last": the longer beginnings decide.
    ['В каком городе прошла встреча в прошлом году?', 'in which city held meeting in last year?'],
    // Country names are exonyms, not transliterations: a small table per language.
    ['Кто министр культуры Азербайджана?', 'who minister culture Azerbaijan?'],
    ['Azerbaycan Kültür Bakanı kim?', 'Azerbaijan culture minister who?'],
    ["Qozog'iston madaniyat vaziri kim?", 'Kazakhstan culture minister who?'],
    ['Әзірбайжан мәдениет министрі кім?', 'Azerbaijan culture minister who?'],
    ['Qazaqstan mädeniet ministri kim?', 'Kazakhstan culture minister who?'],
    ['Кто является генеральным секретарём?', 'who is general secretary?'],
    ['TÜRKSOY genel sekreteri kim?', 'Turksoy secretary general who?'],
    ["Bakü'deki forum ne zaman yapıldı?", 'Baku forum when held?'],
    ['2026-cı ildə mədəniyyət paytaxtı hansı şəhərdir?', '2026 year culture capital which city?'],
    ['Түркі әлемі жастарының кездесуі қай қалада өтті?', 'turkic world youth meeting which city held?'],
    ['TURKSOY qachon tashkil etilgan?', 'Turksoy when established?'],
    // Kazakh Latin: the same lexicon as Kazakh Cyrillic, spelled both ways.
    ['Türki älemi jastarynyñ kezdesuı qai qalada öttı?', 'turkic world youth meeting which city held?'],
    ['Turki alemi jastarynyn kezdesui qai qalada otti?', 'turkic world youth meeting which city held?'],
    ['Almatyda ne ötti?', 'Almaty what held?'],
    // Uzbek Cyrillic: the Uzbek lexicon spelled in Cyrillic; names through Uzbek letters (о is often a).
    ['ТУРКСОЙ бош котиби ким?', 'Turksoy secretary general who?'],
    ['Андижонда қандай тадбир бўлиб ўтди?', 'Andijan which event held?'],
    // Uzbek Latin o‘ and g‘ typed any way, and its case endings.
    ["Toshkentning qaysi shahar bo'lib o‘tdi?", 'Tashkent which city held?'],
    ['Andijondagi festival qachon o‘tkazildi?', 'Andijan festival when held?'],
  ])('%s -> %s', (q, english) => expect(read(q)).toBe(english));

  it('leaves English questions as they are and flags scripts it does not read', () => {
    expect(readQuestion('Who is Sultan Raev?', knows)).toEqual({ language: 'en', text: 'Who is Sultan Raev?', unsupported: false });
    expect(readQuestion('土耳其文化组织的秘书长是谁?', knows).unsupported).toBe(true);
  });
});

describe('answers to questions in other languages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lang-articles-'));
  writeFileSync(join(dir, '901_a.txt'), ' date 2025-11-28 TURKSOY Secretary General Sultan Raev opened the meeting of culture ministers in Aktau.\n');
  const out = mkdtempSync(join(tmpdir(), 'lang-index-'));
  buildIndex({ seedsDir: dir, outDir: out });
  const k = loadKnowledge(out);

  it('answers in Russian and Turkish with the English quote, the source and the date, and says the language', () => {
    for (const q of ['Кто генеральный секретарь ТЮРКСОЙ?', 'TÜRKSOY genel sekreteri kim?']) {
      const a = answerQuestion(k, q);
      expect(a.found, q).toBe(true);
      expect(a.short).toContain('Sultan Raev');
      expect(a.sources[0]).toMatchObject({ id: '901_a', date: '2025-11-28' });
      expect(a.question).toBe(q);
      expect(a.language).toBe(q.startsWith('Кто') ? 'ru' : 'tr');
    }
  });

  it('says "I don\'t know" in the asker\'s language, then in English', () => {
    const a = answerQuestion(k, 'Кто выиграл чемпионат мира по футболу?');
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/^Не знаю/);
    expect(a.answer).toContain("I don't know");
  });

  it('names the languages it reads when it cannot read the question', () => {
    const a = answerQuestion(k, '土耳其文化组织的秘书长是谁?');
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/English, Russian, Kazakh, Turkish, Azerbaijani, Uzbek/);
  });
});
