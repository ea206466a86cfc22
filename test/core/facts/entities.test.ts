import { describe, expect, it } from 'vitest';
import {
  canonicalName,
  countryOf,
  endingPersonName,
  findGazetteerNames,
  isNameToken,
  samePerson,
  trailingPersonName,
  wholePersonName,
} from '../../../src/core/facts/entities.ts';
import { fold } from '../../../src/core/text.ts';

const canon = (text: string) => findGazetteerNames(text).map((h) => h.canonical);

describe('gazetteer lookup folds aliases and diacritics', () => {
  it('Türkiye, Turkiye, Turkey and the demonym Turkish are one country', () => {
    expect(canon('Delegations from Türkiye, Turkiye and Turkey joined the Turkish side.')).toEqual(['Türkiye', 'Türkiye', 'Türkiye', 'Türkiye']);
    expect(findGazetteerNames('the Turkish side')[0]).toMatchObject({ canonical: 'Türkiye', demonym: true });
  });

  it('TÜRKSOY, Türksoy and the full name are TURKSOY; OTS and its full name are one organization', () => {
    expect(canon('TÜRKSOY and Türksoy, the International Organization of Turkic Culture')).toEqual(['TURKSOY', 'TURKSOY', 'TURKSOY']);
    expect(canon('The OTS, formerly the Turkic Council, is the Organization of Turkic States.')).toEqual([
      'Organization of Turkic States',
      'Organization of Turkic States',
      'Organization of Turkic States',
    ]);
  });

  it('cities with dotted and dotless i and local spellings', () => {
    expect(canon('İstanbul, Eskişehir, Şəki and Naxçıvan')).toEqual(['Istanbul', 'Eskisehir', 'Sheki', 'Nakhchivan']);
    expect(findGazetteerNames('held in İzmir')[0]).toMatchObject({ canonical: 'Izmir', type: 'place', country: 'Türkiye', text: 'İzmir' });
  });

  it('reports offsets into the original text even after diacritics', () => {
    const text = 'Güven Öztürk visited Şuşa.';
    const hit = findGazetteerNames(text)[0]!;
    expect(hit.canonical).toBe('Shusha');
    expect(text.slice(hit.at, hit.at + hit.text.length)).toBe('Şuşa');
  });

  it('takes the longest alias and ignores lower-case words that look like short aliases', () => {
    expect(canon('the Turkish Republic of Northern Cyprus')).toEqual(['Northern Cyprus']);
    expect(canon('the ots of the un')).toEqual([]);
    expect(canon('Mary hosted the exhibition, and mary is also a word')).toEqual(['Mary']);
  });

  it('canonicalName reads a whole phrase, possessive and "the" removed', () => {
    expect(canonicalName("Türksoy's")).toMatchObject({ canonical: 'TURKSOY', type: 'organization' });
    expect(canonicalName('the Organisation of Turkic States')).toMatchObject({ canonical: 'Organization of Turkic States' });
    expect(canonicalName('Kyrgyz')).toMatchObject({ canonical: 'Kyrgyzstan', type: 'country' });
    expect(canonicalName('Kokand Palace')).toBeNull();
  });

  it('countryOf finds the country of a phrase through a demonym or a city', () => {
    expect(countryOf('the Kyrgyz delegation')).toBe('Kyrgyzstan');
    expect(countryOf('the festival in Khiva')).toBe('Uzbekistan');
    expect(countryOf('TURKSOY')).toBeUndefined();
  });

  it('fold drops marks, maps dotless i and plain apostrophes', () => {
    expect(fold('TÜRKSOY İSTANBUL Şuşa O‘zbekiston')).toBe("turksoy istanbul susa o'zbekiston");
  });
});

describe('person names', () => {
  it('isNameToken accepts names and refuses role, portfolio and organization words', () => {
    expect(isNameToken('Kassym-Jomart')).toBe(true);
    expect(isNameToken('Yıldırım')).toBe(true);
    for (const w of ['Minister', 'Culture', 'Policy', 'Conservatory', 'Türkiye', 'Kazakh', 'TURKSOY', 'the']) expect(isNameToken(w), w).toBe(false);
  });

  it('trailingPersonName splits a role from the name after it', () => {
    expect(trailingPersonName('Kazakh Minister of Culture and Information Aida Balayeva')).toEqual({ name: 'Aida Balayeva', rest: 'Kazakh Minister of Culture and Information' });
    expect(trailingPersonName('Kyrgyz Deputy Minister of Culture, Information and Youth Policy Askar Temirov')!.name).toBe('Askar Temirov');
    expect(trailingPersonName('the Minister of Culture')).toBeNull();
  });

  it('wholePersonName strips honorifics and refuses non-names', () => {
    expect(wholePersonName('H.E. Mr. Sultan Raev')).toBe('Sultan Raev');
    expect(wholePersonName('Dr. Aibek Toktogulov,')).toBe('Aibek Toktogulov');
    expect(wholePersonName('Kerem Yıldırım')).toBe('Kerem Yıldırım');
    expect(wholePersonName('Uzbek State Conservatory')).toBeNull();
    expect(wholePersonName('Raev')).toBeNull();
  });

  it('endingPersonName reads the name that closes a clause, not the start of a longer name', () => {
    expect(endingPersonName('The delegation was joined by Ayan Turekulov')).toBe('Ayan Turekulov');
    expect(endingPersonName('The concert took place at the Heydar Aliyev')).toBeNull();
  });

  it('samePerson joins spelling variants of one person', () => {
    expect(samePerson('Atageldi Shamuradov', 'Atageldi Shamyradov')).toBe(true);
    expect(samePerson('Sultan Raev', 'Sultan Rayev')).toBe(true);
    expect(samePerson('Rashad Guseynov', 'Rashad Huseynov')).toBe(true);
    expect(samePerson('Raev', 'Sultan Rayev')).toBe(true);
    expect(samePerson('Kerem Yıldırım', 'Kerem Yildirim')).toBe(true);
  });

  it('samePerson keeps apart a feminine surname, other first names and other surnames', () => {
    expect(samePerson('Elnur Aliyev', 'Elnur Aliyeva')).toBe(false);
    expect(samePerson('Aliyev', 'Aliyeva')).toBe(false);
    expect(samePerson('Aida Balayeva', 'Dina Balayeva')).toBe(false);
    expect(samePerson('Askar Temirov', 'Askar Tokarev')).toBe(false);
  });
});
