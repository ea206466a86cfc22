/**
 * The suggestions under "I don't know" in the reader's language: each core form has its counterpart,
 * and only a version the bot answers replaces the English one.
 */
import { describe, expect, it } from 'vitest';
import { cachedSuggestionsIn, localizeSuggestion, suggestionsIn } from '../../../src/core/lang/localize-suggestions.ts';

const CORE = [
  'Which city is the Cultural Capital of the Turkic World in 2026?',
  'Who is the Secretary General of TURKSOY?',
  'Where was the Solidarity Forum of NGOs held?',
  'When was TURKSOY established?',
];

describe('localizeSuggestion', () => {
  it('asks each of the core\'s forms in Turkish', () => {
    expect(CORE.map((s) => localizeSuggestion(s, 'tr'))).toEqual([
      '2026 yılında Türk dünyasının kültür başkenti hangi şehir?',
      'TURKSOY genel sekreteri kim?',
      'Solidarity Forum of NGOs nerede düzenlendi?',
      'TURKSOY ne zaman kuruldu?',
    ]);
  });

  it('leaves a title it has no word for, a form it does not know, and English alone', () => {
    expect(localizeSuggestion('Who is the Chief Curator of the Museum?', 'ru')).toBeNull();
    expect(localizeSuggestion('What took place in Baku?', 'ru')).toBeNull();
    expect(localizeSuggestion(CORE[1]!, 'en')).toBeNull();
    expect(localizeSuggestion(CORE[1]!, 'ru')).toBe('Кто генеральный секретарь TURKSOY?');
  });
});

describe('suggestionsIn', () => {
  it('keeps the English suggestion wherever the localized one is not answered, or the check fails', async () => {
    const answered = new Set(['TURKSOY genel sekreteri kim?']);
    const shown = await suggestionsIn(CORE, 'tr', (q) => {
      if (q.startsWith('TURKSOY ne zaman')) throw new Error('core failed');
      return answered.has(q);
    });
    expect(shown).toEqual([CORE[0], 'TURKSOY genel sekreteri kim?', CORE[2], CORE[3]]);
  });

  it('with checkEnglish, leaves out a suggestion answered in neither form, up to max', async () => {
    const answered = new Set([CORE[0], 'TURKSOY ne zaman kuruldu?', CORE[1]]);
    const shown = await suggestionsIn(CORE, 'tr', (q) => answered.has(q), { checkEnglish: true, max: 2 });
    expect(shown).toEqual([CORE[0], CORE[1]]);
    expect(await suggestionsIn(CORE, 'tr', (q) => answered.has(q), { checkEnglish: true })).toEqual([CORE[0], CORE[1], 'TURKSOY ne zaman kuruldu?']);
    expect(await suggestionsIn(['What took place in Baku?'], 'en', () => false, { checkEnglish: true })).toEqual([]);
  });

  it('asks the core once per knowledge and language', async () => {
    const asked: string[] = [];
    const owner = {};
    const check = (q: string) => {
      asked.push(q);
      return true;
    };
    await cachedSuggestionsIn(owner, CORE, 'az', check);
    await cachedSuggestionsIn(owner, CORE, 'az', check);
    expect(asked).toHaveLength(4);
    await cachedSuggestionsIn({}, CORE, 'az', check);
    expect(asked).toHaveLength(8);
  });
});
