import { describe, expect, it } from 'vitest';
import { extractRoles, parseRole, splitChunks } from '../../../src/core/facts/role-rules.ts';

const roles = (s: string) => extractRoles(s).map((r) => ({ person: r.person, role: r.role, country: r.country, organization: r.organization }));

describe('extractRoles: role before the name', () => {
  it('a demonym gives the country', () => {
    expect(roles('Kyrgyz Deputy Minister of Culture, Information and Youth Policy Askar Temirov met the delegation in Bishkek.')).toEqual([
      { person: 'Askar Temirov', role: 'Deputy Minister of Culture, Information and Youth Policy of Kyrgyzstan', country: 'Kyrgyzstan', organization: undefined },
    ]);
  });

  it('an organization before the head, in any spelling, gives the organization', () => {
    expect(roles('TÜRKSOY Secretary General Sultan Raev welcomed the guests.')).toEqual([
      { person: 'Sultan Raev', role: 'Secretary General of TURKSOY', country: undefined, organization: 'TURKSOY' },
    ]);
  });

  it('a possessive country before the head', () => {
    expect(roles("Uzbekistan's Minister of Culture Ozodbek Nazarov opened the festival.")).toEqual([
      { person: 'Ozodbek Nazarov', role: 'Minister of Culture of Uzbekistan', country: 'Uzbekistan', organization: undefined },
    ]);
  });

  it('honorifics between the role and the name are dropped', () => {
    expect(roles('The event was opened by TURKSOY Deputy Secretary General Dr. Bilal Cakici.')).toEqual([
      { person: 'Bilal Cakici', role: 'Deputy Secretary General of TURKSOY', country: undefined, organization: 'TURKSOY' },
    ]);
  });

  it('a Hungarian State Secretary is a role too', () => {
    expect(roles('Hungarian State Secretary for Culture Peter Horvath visited Kazan.')).toEqual([
      { person: 'Peter Horvath', role: 'State Secretary for Culture of Hungary', country: 'Hungary', organization: undefined },
    ]);
  });
});

describe('extractRoles: name, then role', () => {
  it('an organization with its country in the name', () => {
    expect(roles('Dilnoza Karimova, Director of the Uzbek State Conservatory, opened the evening.')).toEqual([
      { person: 'Dilnoza Karimova', role: 'Director of Uzbek State Conservatory', country: 'Uzbekistan', organization: 'Uzbek State Conservatory' },
    ]);
  });

  it('a portfolio with the country at the end, names with Turkish letters', () => {
    expect(roles('Kerem Yıldırım, Deputy Minister of Culture and Tourism of Türkiye, visited the exhibition.')).toEqual([
      { person: 'Kerem Yıldırım', role: 'Deputy Minister of Culture and Tourism of Türkiye', country: 'Türkiye', organization: undefined },
    ]);
  });

  it('after an honorific: "Dr. X, Rector of Y"', () => {
    expect(roles('Dr. Aibek Toktogulov, Rector of the Kyrgyz National Conservatory, said the hall was full.')).toEqual([
      { person: 'Aibek Toktogulov', role: 'Rector of Kyrgyz National Conservatory', country: 'Kyrgyzstan', organization: 'Kyrgyz National Conservatory' },
    ]);
  });

  it('role, then the name in the next chunk: "the Minister of Culture of Uzbekistan, Ozodbek Nazarov"', () => {
    expect(roles('Aida Balayeva met the Minister of Culture of Uzbekistan, Ozodbek Nazarov.')).toEqual([
      { person: 'Ozodbek Nazarov', role: 'Minister of Culture of Uzbekistan', country: 'Uzbekistan', organization: undefined },
    ]);
  });
});

describe('extractRoles: lists of attendees', () => {
  it('commas and a closing "and", with a comma-listed portfolio inside', () => {
    const s =
      'The meeting brought together Kazakh Minister of Culture and Information Aida Balayeva, Kyrgyz Deputy Minister of Culture, Information and Youth Policy Askar Temirov, Turkmen Minister of Culture Atageldi Shamuradov and Uzbek Minister of Culture Ozodbek Nazarov.';
    expect(roles(s)).toEqual([
      { person: 'Aida Balayeva', role: 'Minister of Culture and Information of Kazakhstan', country: 'Kazakhstan', organization: undefined },
      { person: 'Askar Temirov', role: 'Deputy Minister of Culture, Information and Youth Policy of Kyrgyzstan', country: 'Kyrgyzstan', organization: undefined },
      { person: 'Atageldi Shamuradov', role: 'Minister of Culture of Turkmenistan', country: 'Turkmenistan', organization: undefined },
      { person: 'Ozodbek Nazarov', role: 'Minister of Culture of Uzbekistan', country: 'Uzbekistan', organization: undefined },
    ]);
  });

  it('names first, each followed by its role, joined by ", and"', () => {
    const s = 'Dilnoza Karimova, Director of the Uzbek State Conservatory, and Kerem Yıldırım, Deputy Minister of Culture and Tourism of Türkiye, also attended the session.';
    expect(roles(s).map((r) => [r.person, r.role])).toEqual([
      ['Dilnoza Karimova', 'Director of Uzbek State Conservatory'],
      ['Kerem Yıldırım', 'Deputy Minister of Culture and Tourism of Türkiye'],
    ]);
  });

  it('ambassadors "to" a country keep the host country in the title', () => {
    const s = 'The ceremony was attended by Turkish Ambassador to Kazakhstan Omer Tuncer and Azerbaijani Ambassador Rashad Mammadov.';
    expect(roles(s).map((r) => [r.person, r.role, r.country])).toEqual([
      ['Omer Tuncer', 'Ambassador of Türkiye to Kazakhstan', 'Türkiye'],
      ['Rashad Mammadov', 'Ambassador of Azerbaijan', 'Azerbaijan'],
    ]);
  });

  it('two roles in one clause: "X thanked Y"', () => {
    expect(roles('TURKSOY Secretary General Sultan Rayev thanked Azerbaijani Minister of Culture Adil Karimli for his support.').map((r) => [r.person, r.role])).toEqual([
      ['Sultan Rayev', 'Secretary General of TURKSOY'],
      ['Adil Karimli', 'Minister of Culture of Azerbaijan'],
    ]);
  });
});

describe('extractRoles: more wordings from wire copy', () => {
  it('"Ambassador Extraordinary and Plenipotentiary of X to Y"', () => {
    expect(roles('Ambassador Extraordinary and Plenipotentiary of Kazakhstan to Azerbaijan Alibek Bakayev attended the concert.')).toEqual([
      { person: 'Alibek Bakayev', role: 'Ambassador Extraordinary and Plenipotentiary of Kazakhstan to Azerbaijan', country: 'Kazakhstan', organization: undefined },
    ]);
  });

  it('two "role, Name" pairs in a row: each name goes with the role before it', () => {
    const s = 'The event was attended by the Chairman of the Board of Kazakhfilm, Akhan Sataev, and the rector of the Kazakh National Academy of Arts, Aigul Nurgaliyeva.';
    expect(roles(s).map((r) => [r.person, r.role])).toEqual([
      ['Akhan Sataev', 'Chairman of the Board of Kazakhfilm'],
      ['Aigul Nurgaliyeva', 'Rector of Kazakh National Academy of Arts'],
    ]);
  });

  it('a lower-case "region" inside the organization does not hide the name after it', () => {
    expect(roles('Head of the Culture Department of the Turkistan region Marat Sultanov welcomed the guests.').map((r) => [r.person, r.organization])).toEqual([
      ['Marat Sultanov', 'Culture Department of the Turkistan region'],
    ]);
  });

  it('"X was represented by <role> <name>" gives the role its country', () => {
    expect(roles('Uzbekistan was represented by Deputy Minister of Culture Bekzod Rakhimov.')).toEqual([
      { person: 'Bekzod Rakhimov', role: 'Deputy Minister of Culture of Uzbekistan', country: 'Uzbekistan', organization: undefined },
    ]);
    expect(roles('The Kyrgyz delegation was headed by Deputy Minister of Culture Askar Temirov and Bakyt Osmonov, Director of the Kyrgyz National Philharmonic.').map((r) => [r.person, r.role])).toEqual([
      ['Askar Temirov', 'Deputy Minister of Culture of Kyrgyzstan'],
      ['Bakyt Osmonov', 'Director of Kyrgyz National Philharmonic'],
    ]);
  });

  it('"Name, who serves as <role>, ..."', () => {
    expect(roles("Askar Temirov, who serves as Kyrgyzstan's Deputy Minister of Culture, opened the camp.")).toEqual([
      { person: 'Askar Temirov', role: 'Deputy Minister of Culture of Kyrgyzstan', country: 'Kyrgyzstan', organization: undefined },
    ]);
  });

  it('a Philharmonic is an organization', () => {
    expect(roles('Nurlan Abenov was appointed Director General of the Kyrgyz National Philharmonic on Monday.')).toEqual([
      { person: 'Nurlan Abenov', role: 'Director-General of Kyrgyz National Philharmonic', country: 'Kyrgyzstan', organization: 'Kyrgyz National Philharmonic' },
    ]);
  });
});

describe('extractRoles: appointments and transfers', () => {
  it('"was appointed as the new ..."', () => {
    expect(roles('At the concert, Leyla Guliyeva was appointed as the new Artistic Director of the TURKSOY Youth Orchestra.')).toEqual([
      { person: 'Leyla Guliyeva', role: 'Artistic Director of TURKSOY Youth Orchestra', country: undefined, organization: 'TURKSOY Youth Orchestra' },
    ]);
  });

  it('"has been elected the new Chairman of ..." with the country in the organization name', () => {
    expect(roles('Nurlan Seitkali has been elected the new Chairman of the Union of Writers of Kazakhstan.')).toEqual([
      { person: 'Nurlan Seitkali', role: 'Chairman of Union of Writers of Kazakhstan', country: 'Kazakhstan', organization: 'Union of Writers of Kazakhstan' },
    ]);
  });

  it('"was re-elected ... for a second term", "took office as the new ..."', () => {
    expect(roles('Sultan Raev was re-elected Secretary General of TURKSOY for a second term.')).toEqual([
      { person: 'Sultan Raev', role: 'Secretary General of TURKSOY', country: undefined, organization: 'TURKSOY' },
    ]);
    expect(roles('Bilal Cakici took office as the new Secretary General of the International Turkic Academy.')).toEqual([
      { person: 'Bilal Cakici', role: 'Secretary General of International Turkic Academy', country: undefined, organization: 'International Turkic Academy' },
    ]);
  });

  it('the passive transfer: "The post of ... was handed over to Name, former ..."; the former role is not read as current', () => {
    expect(roles('The post of Secretary General of the Organization of Turkic States was handed over to Kubanychbek Omuraliev, former Ambassador of Kyrgyzstan to Türkiye.')).toEqual([
      { person: 'Kubanychbek Omuraliev', role: 'Secretary General of Organization of Turkic States', country: 'Kyrgyzstan', organization: 'Organization of Turkic States' },
    ]);
  });

  it('"new" between the owner and the role keeps the owner', () => {
    expect(roles("Uzbekistan's new Minister of Culture, Ozodbek Nazarbekov, met the delegation.")).toEqual([
      { person: 'Ozodbek Nazarbekov', role: 'Minister of Culture of Uzbekistan', country: 'Uzbekistan', organization: undefined },
    ]);
  });

  it('"transferred the post of ... to" gives the new holder both roles, the old one none', () => {
    const r = roles('At the meeting, Askar Temirov transferred the post of Chairman of the Council of Culture Ministers to Azerbaijani Minister of Culture Adil Karimli.');
    expect(r).toContainEqual({ person: 'Adil Karimli', role: 'Chairman of Council of Culture Ministers', country: 'Azerbaijan', organization: 'Council of Culture Ministers' });
    expect(r).toContainEqual({ person: 'Adil Karimli', role: 'Minister of Culture of Azerbaijan', country: 'Azerbaijan', organization: undefined });
    expect(r.filter((x) => x.person === 'Askar Temirov')).toEqual([]);
    expect(r).toHaveLength(2);
  });
});

describe('extractRoles: a role that introduces the next name is not the previous one', () => {
  it('leaves the role with the name after it, even a name the reader does not take as a person', () => {
    // "Baghdad" is also a city: the name reader does not see a person in "Baghdad Amreyev".
    const roles = extractRoles('The guests were Uzbek Foreign Minister Timur Aliev, Turkic Council Secretary General Baghdad Amreyev and the mayor.');
    expect(roles.filter((r) => r.person === 'Timur Aliev').map((r) => r.role)).toEqual(['Minister of Foreign of Uzbekistan']);
  });

  it('still gives a name its role written after it', () => {
    expect(extractRoles('Speakers included Ayten Nurova, Chairwoman of the Silk Road Crafts Union, and others.')).toMatchObject([{ person: 'Ayten Nurova', organization: 'Silk Road Crafts Union' }]);
  });
});

describe('extractRoles: no roles where there are none', () => {
  it.each([
    'The ministers decided to establish a working group on Turkic manuscripts.',
    'The head of the delegation did not give his name.',
    'Ministers of culture from six countries attended the session.',
  ])('%s', (s) => {
    expect(extractRoles(s)).toEqual([]);
  });
});

describe('parseRole and splitChunks', () => {
  it('parseRole normalizes the role and keeps the bare title', () => {
    expect(parseRole('Kazakh Minister of Culture and Information')).toMatchObject({ role: 'Minister of Culture and Information of Kazakhstan', title: 'Minister of Culture and Information', country: 'Kazakhstan' });
    expect(parseRole('TURKSOY Secretary-General')).toMatchObject({ role: 'Secretary General of TURKSOY', title: 'Secretary General', organization: 'TURKSOY' });
    expect(parseRole('Director General of the Azerbaijan Film Agency')).toMatchObject({ role: 'Director-General of Azerbaijan Film Agency', organization: 'Azerbaijan Film Agency', country: 'Azerbaijan' });
    expect(parseRole('Ambassador to Türkiye')).toMatchObject({ role: 'Ambassador to Türkiye', title: 'Ambassador to Türkiye', country: undefined });
    expect(parseRole('Minister of Culture of the Republic of Uzbekistan')).toMatchObject({ role: 'Minister of Culture of Uzbekistan', country: 'Uzbekistan' });
  });

  it('splitChunks keeps comma-listed portfolios whole and splits "and" after a name', () => {
    expect(splitChunks('Deputy Minister of Culture, Information and Youth Policy Askar Temirov and Uzbek Minister Ozodbek Nazarov, who spoke first.')).toEqual([
      'Deputy Minister of Culture, Information and Youth Policy Askar Temirov',
      'Uzbek Minister Ozodbek Nazarov',
      'who spoke first',
    ]);
    expect(splitChunks('Minister of Culture and Information Aida Balayeva')).toEqual(['Minister of Culture and Information Aida Balayeva']);
  });
});
