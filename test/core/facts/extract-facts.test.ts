import { describe, expect, it } from 'vitest';
import { factsFrom, fixtureIndex, ofKind, theFact } from '../fixtures.ts';

const facts = () => fixtureIndex().facts;
const ids = (f: { sources: { articleId: string }[] }) => f.sources.map((s) => s.articleId);

describe('extractFacts on the fixture articles: roles', () => {
  it('role before the name, with the country from a demonym', () => {
    const f = theFact(facts(), 'role', 'Askar Temirov');
    expect(f.object).toBe('Deputy Minister of Culture, Information and Youth Policy of Kyrgyzstan');
    expect(f.qualifiers).toMatchObject({ country: 'Kyrgyzstan', title: 'Deputy Minister of Culture, Information and Youth Policy', year: 2025 });
  });

  it('name then role, with the organization', () => {
    const f = theFact(facts(), 'role', 'Dilnoza Karimova');
    expect(f.object).toBe('Director of Uzbek State Conservatory');
    expect(f.qualifiers).toMatchObject({ organization: 'Uzbek State Conservatory', country: 'Uzbekistan', title: 'Director' });
  });

  it('every person in the attendee lists gets the role written next to them, and no one else\'s', () => {
    const roles = Object.fromEntries(ofKind(facts(), 'role').map((f) => [`${f.subject} | ${f.object}`, true]));
    for (const expected of [
      'Aida Balayeva | Minister of Culture and Information of Kazakhstan',
      'Atageldi Shamuradov | Minister of Culture of Turkmenistan',
      'Ozodbek Nazarov | Minister of Culture of Uzbekistan',
      'Kerem Yıldırım | Deputy Minister of Culture and Tourism of Türkiye',
      'Peter Horvath | State Secretary for Culture of Hungary',
      'Gulnara Abdrakhmanova | Chairwoman of Kyrgyz Union of Cinematographers',
      'Aibek Toktogulov | Rector of Kyrgyz National Conservatory',
      'Bekzod Rakhimov | Deputy Minister of Culture of Uzbekistan',
    ]) {
      expect(roles[expected], expected).toBe(true);
    }
    expect(ofKind(facts(), 'role').filter((f) => f.subject === 'Aida Balayeva')).toHaveLength(1);
  });

  it('appointments and transfers', () => {
    expect(theFact(facts(), 'role', 'Leyla Guliyeva').object).toBe('Artistic Director of TURKSOY Youth Orchestra');
    const karimli = ofKind(facts(), 'role').filter((f) => f.subject === 'Adil Karimli').map((f) => f.object);
    expect(karimli.sort()).toEqual(['Chairman of Council of Culture Ministers', 'Minister of Culture of Azerbaijan']);
    expect(ofKind(facts(), 'role').filter((f) => f.subject === 'Askar Temirov').map((f) => f.object)).toEqual(['Deputy Minister of Culture, Information and Youth Policy of Kyrgyzstan']);
  });

  it('spelling variants of one person are merged: Shamuradov / Shamyradov, Raev / Rayev', () => {
    const sham = theFact(facts(), 'role', 'Atageldi Shamuradov');
    expect(ids(sham)).toEqual(['101_fixture_ministers', '104_fixture_ots_summit']);
    expect(sham.sources[1]!.sentence).toContain('Atageldi Shamyradov');
    const raev = theFact(facts(), 'role', 'Sultan Raev');
    expect(raev.object).toBe('Secretary General of TURKSOY');
    expect(ids(raev)).toEqual(['101_fixture_ministers', '103_fixture_turksoy_profile']);
    expect(facts().some((f) => f.subject === 'Sultan Rayev' || f.subject === 'Atageldi Shamyradov')).toBe(false);
    const person = fixtureIndex().entities.find((e) => e.type === 'person' && e.name === 'Atageldi Shamuradov');
    expect(person?.aliases).toEqual(['Atageldi Shamyradov']);
  });

  it('the same fact from three articles is one fact with three sources, newest first', () => {
    const f = theFact(facts(), 'role', 'Aida Balayeva');
    expect(f.sources.map((s) => [s.articleId, s.date])).toEqual([
      ['101_fixture_ministers', '2025-11-14'],
      ['106_fixture_capitals', '2025-01-10'],
      ['104_fixture_ots_summit', '2024-05-13'],
    ]);
    for (const s of f.sources) expect(s.sentence).toContain('Aida Balayeva');
  });
});

describe('extractFacts on the fixture articles: events', () => {
  it('explicit range date, venue and city', () => {
    const f = theFact(facts(), 'event', '43rd Meeting of the Permanent Council of Ministers of Culture of TURKSOY');
    expect(f.relation).toBe('held in');
    expect(f.object).toBe('Rixos Congress Hall, Turkistan');
    expect(f.qualifiers).toMatchObject({ date: '2025-11-13', dateBasis: 'text', place: 'Turkistan', venue: 'Rixos Congress Hall', country: 'Kazakhstan', eventType: 'meeting' });
  });

  it('a dotted day-first date: 12.05.2024', () => {
    const f = theFact(facts(), 'event', 'Third Meeting of the Ministers of Culture of the Organization of Turkic States');
    expect(f.qualifiers).toMatchObject({ date: '2024-05-12', dateBasis: 'text', place: 'Shusha', country: 'Azerbaijan' });
  });

  it('"has taken place" takes the article date', () => {
    const f = theFact(facts(), 'event', 'Second Turkic World Film Festival');
    expect(f.qualifiers).toMatchObject({ date: '2024-05-12', dateBasis: 'article', place: 'Bursa', venue: 'Merinos Culture Center', country: 'Türkiye' });
  });

  it('"held today" takes the article date', () => {
    const f = theFact(facts(), 'event', 'Closing Ceremony of the Year of Turkistan');
    expect(f.qualifiers).toMatchObject({ date: '2025-01-10', dateBasis: 'article', venue: 'Turkistan Philharmonic', place: 'Turkistan' });
  });

  it('"today" in an undated article gives no date at all', () => {
    const f = theFact(facts(), 'event', 'Maqom Art Forum');
    expect(f.qualifiers.place).toBe('Kokand');
    expect(f.qualifiers.date).toBeUndefined();
    expect(f.qualifiers.dateBasis).toBeUndefined();
    expect(f.sources[0]!.date).toBeNull();
  });

  it('a future event in an undated article keeps its written date', () => {
    expect(theFact(facts(), 'event', 'International Festival of Maqom Art').qualifiers).toMatchObject({ date: '2026-05-12', dateBasis: 'text', place: 'Kokand', country: 'Uzbekistan' });
  });

  it('a lower-case "gala concert dedicated to ..." with venue, city and written date', () => {
    const f = theFact(facts(), 'event', 'Gala concert dedicated to the anniversary of the International Organization of Turkic Culture');
    expect(f.object).toBe('Heydar Aliyev Palace, Baku');
    expect(f.qualifiers).toMatchObject({ eventType: 'concert', venue: 'Heydar Aliyev Palace', place: 'Baku', country: 'Azerbaijan', date: '2025-03-01', dateBasis: 'text' });
  });

  it('a venue whose name holds an event word is not an event', () => {
    expect(ofKind(facts(), 'event').map((f) => f.subject)).not.toContain('Rixos Congress');
  });

  it('a note on earlier news does not date its event with the article date', () => {
    expect(theFact(facts(), 'event', 'Days of Turkic Music in Kyrgyzstan').qualifiers.date).toBeUndefined();
  });
});

describe('extractFacts on the fixture articles: capitals, founding, decisions, proposals', () => {
  it('Cultural Capitals of the Turkic World by year', () => {
    const capitals = ofKind(facts(), 'capital').map((f) => [f.subject, f.object, f.qualifiers.country]);
    expect(capitals).toEqual([
      ['Aktau', '2025', 'Kazakhstan'],
      ['Bursa', '2022', 'Türkiye'],
      ['Shusha', '2023', 'Azerbaijan'],
      ['Turkistan', '2024', 'Kazakhstan'],
    ]);
  });

  it('founding with year and founders; the boilerplate paragraph cites both articles', () => {
    const ots = theFact(facts(), 'founding', 'Organization of Turkic States');
    expect(ots.qualifiers).toEqual({ year: 2009, by: 'Azerbaijan, Kazakhstan, Kyrgyzstan and Turkiye' });
    const turksoy = theFact(facts(), 'founding', 'TURKSOY');
    expect(turksoy.object).toBe('1993');
    expect(ids(turksoy)).toEqual(['103_fixture_turksoy_profile', '104_fixture_ots_summit']);
  });

  it('decisions: decided, adopted, signed, with their subjects', () => {
    const meeting = '43rd Meeting of the Permanent Council of Ministers of Culture of TURKSOY';
    expect(theFact(facts(), 'decision', meeting, 'to establish a working group on the digitization of Turkic manuscripts').relation).toBe('decided');
    expect(theFact(facts(), 'decision', meeting, 'Joint Communique on the cultural programme for 2026').relation).toBe('adopted');
    expect(theFact(facts(), 'decision', 'Third Meeting of the Ministers of Culture of the Organization of Turkic States').object).toBe('Protocol on cooperation in the field of museums');
    const mou = theFact(facts(), 'decision', 'Azerbaijan Film Agency');
    expect(mou.relation).toBe('signed');
    expect(mou.object).toMatch(/^memorandum of understanding with Kazakhfilm/);
  });

  it('proposals whose subject is a role reference ("The Uzbek Minister") resolve to the person', () => {
    expect(theFact(facts(), 'proposal', 'Ozodbek Nazarov').object).toBe('create a joint online archive of Turkic folk music recordings');
    expect(theFact(facts(), 'proposal', 'Aida Balayeva').object).toBe('hold Days of Turkic Cinema in Astana in 2025');
  });

  it('partnerships, merged across the boilerplate copies', () => {
    const partners = ofKind(facts(), 'partnership').filter((f) => f.subject === 'TURKSOY');
    expect(partners.map((f) => f.object)).toEqual(['International Turkic Academy', 'Organization of Turkic States', 'UNESCO']);
    for (const p of partners) expect(ids(p)).toEqual(['103_fixture_turksoy_profile', '104_fixture_ots_summit']);
    expect(ofKind(facts(), 'partnership').filter((f) => f.subject === 'Kazakhfilm').map((f) => f.object)).toEqual(['Azerbaijan Film Agency', 'Uzbekkino National Agency']);
  });

  it('purpose of an event', () => {
    expect(theFact(facts(), 'purpose', 'Second Turkic World Film Festival').object).toBe('to promote joint film production among Turkic-speaking countries');
  });
});

describe('extractFacts on the fixture articles: statements and figures', () => {
  it('a two-sentence quote attributed at its end to "the Secretary General" goes to Sultan Raev, both sentences', () => {
    const said = ofKind(facts(), 'statement').filter((f) => f.subject === 'Sultan Raev').map((f) => f.object);
    expect(said).toContain('Our culture is the bridge that unites the Turkic peoples');
    expect(said).toContain('We will keep supporting young artists from every member state');
  });

  it('a quote that opens the paragraph after someone is reported speaking, with no attribution of its own, is theirs', () => {
    const facts = factsFrom([
      '840_quote.txt',
      ' date 2024-05-05 Steppe Union Secretary General Nurlan Abenov opened the congress in Taraz. He noted that the union had grown to twelve members.\n\n“Our crafts are the memory of the steppe. We will open a museum for them next year.”\n\nThe congress closed with a concert.\n',
    ]);
    const said = ofKind(facts, 'statement').filter((f) => f.subject === 'Nurlan Abenov').map((f) => f.object);
    expect(said).toEqual(expect.arrayContaining(['Our crafts are the memory of the steppe']));
    expect(ofKind(facts, 'statement').filter((f) => f.object.includes('concert'))).toEqual([]);
  });

  it('a quote closed by a surname alone goes to the full name', () => {
    const said = ofKind(facts(), 'statement').filter((f) => f.subject === 'Bekzod Rakhimov').map((f) => f.object);
    expect(said).toEqual(expect.arrayContaining(['The maqom tradition belongs to the whole Turkic world', 'It is our duty to pass it on to the next generation', 'the festival would welcome around 2,000 guests']));
  });

  it('"The Kazakh Minister noted that ..." is Aida Balayeva speaking', () => {
    expect(theFact(facts(), 'statement', 'Aida Balayeva').object).toBe('the celebrations in Turkistan welcomed nearly 300,000 visitors');
  });

  it('figures with value, unit and approximation, attached to the event', () => {
    const f = theFact(facts(), 'figure', 'Second Turkic World Film Festival');
    expect(f.qualifiers).toEqual({ value: 1_200_000, unit: 'spectators', approximation: 'about' });
    const meeting = ofKind(facts(), 'figure').filter((x) => x.subject === '43rd Meeting of the Permanent Council of Ministers of Culture of TURKSOY');
    expect(meeting.map((x) => [x.qualifiers.value, x.qualifiers.unit, x.qualifiers.approximation])).toEqual([
      [14, 'countries', undefined],
      [500, 'participants', 'more than'],
    ]);
  });

  it('a figure with no subject in reach is not pinned on an unrelated organization', () => {
    const visitors = ofKind(facts(), 'figure').filter((f) => f.qualifiers.unit === 'visitors');
    expect(visitors.map((f) => f.subject)).not.toContain('Kazakhfilm');
  });
});

describe('extractFacts on articles written here', () => {
  it('one fact stated by a dated and an undated article: dated source first, undated last', () => {
    const facts = factsFrom(
      ['501_undated', 'Uzbek Deputy Minister of Culture Bekzod Rakhimov opened the exhibition in Khiva.'],
      ['502_older', ' date 2024-03-01 Uzbek Deputy Minister of Culture Bekzod Rakhimov met the guests in Bukhara.'],
      ['503_newer', ' date 2025-09-09 Uzbek Deputy Minister of Culture Bekzod Rakhimov visited Nukus.'],
    );
    const f = theFact(facts, 'role', 'Bekzod Rakhimov');
    expect(f.sources.map((s) => [s.articleId, s.date])).toEqual([
      ['503_newer', '2025-09-09'],
      ['502_older', '2024-03-01'],
      ['501_undated', null],
    ]);
  });

  it('a feminine surname is another person: Aliyev and Aliyeva stay apart', () => {
    const facts = factsFrom([
      '511_aliyev',
      ' date 2025-02-02 Elnur Aliyev, Rector of the Baku Music Academy, and Elnura Aliyeva, Director of the Shusha State Museum, opened the exhibition.',
    ]);
    expect(theFact(facts, 'role', 'Elnur Aliyev').object).toBe('Rector of Baku Music Academy');
    expect(theFact(facts, 'role', 'Elnura Aliyeva').object).toBe('Director of Shusha State Museum');
  });

  it('"she" and "the organization" resolve within the article', () => {
    const facts = factsFrom([
      '521_pronouns',
      [
        ' date 2025-10-01 The Forum of Turkic Women Writers was held in Kazan on 30 September 2025.',
        '',
        'Gulnara Abdrakhmanova, Chairwoman of the Kyrgyz Union of Cinematographers, addressed the forum.',
        '',
        'She proposed to publish an anthology of Turkic women poets.',
        '',
        'TURKSOY supported the forum. The organization was founded in 1993 by six countries.',
      ].join('\n'),
    ]);
    expect(theFact(facts, 'proposal', 'Gulnara Abdrakhmanova').object).toBe('publish an anthology of Turkic women poets');
    expect(theFact(facts, 'founding', 'TURKSOY').qualifiers).toEqual({ year: 1993, by: 'six countries' });
    expect(theFact(facts, 'event', 'Forum of Turkic Women Writers').qualifiers).toMatchObject({ place: 'Kazan', country: 'Tatarstan', date: '2025-09-30' });
  });

  it('an exhibition with a quoted title, a venue with its "of" part, and a quote told to journalists', () => {
    const facts = factsFrom([
      '541_runes',
      [
        ' date 2025-09-18 The International Turkic Academy has opened an exhibition titled "Ancient Runes of the Steppe" at the National Museum of Kazakhstan in Astana, Kazinform reports.',
        '',
        "The exhibition was opened by Kazakhstan's Vice Minister of Culture and Information Yerlan Zhumabekov.",
        '',
        'The Academy plans to hold the Fourth Congress of Turkologists in Turkistan on 14-16 April 2026.',
        '',
        '"We are proud to host this exhibition. The runes tell us who we are," Zhumabekov told journalists.',
      ].join('\n'),
    ]);
    expect(theFact(facts, 'event', 'Ancient Runes of the Steppe').qualifiers).toMatchObject({
      eventType: 'exhibition',
      venue: 'National Museum of Kazakhstan',
      place: 'Astana',
      date: '2025-09-18',
      dateBasis: 'article',
    });
    expect(theFact(facts, 'event', 'Fourth Congress of Turkologists').qualifiers).toMatchObject({ place: 'Turkistan', date: '2026-04-14', dateBasis: 'text' });
    expect(theFact(facts, 'role', 'Yerlan Zhumabekov').object).toBe('Vice Minister of Culture and Information of Kazakhstan');
    expect(ofKind(facts, 'statement').filter((f) => f.subject === 'Yerlan Zhumabekov').map((f) => f.object).sort()).toEqual(['The runes tell us who we are', 'We are proud to host this exhibition']);
  });

  it('organizations the gazetteer does not know: founding, a document signed "between", an unquoted "the minister said"', () => {
    const facts = factsFrom([
      '551_writers',
      [
        ' date 2024-12-05 Azerbaijani Minister of Culture Adil Karimli handed over the title of Cultural Capital of the Turkic World to Anau, the city chosen for 2024.',
        '',
        'Kassym Zhaksylyk was elected Secretary General of the Union of Turkic Writers for a term of four years.',
        '',
        'The Union of Turkic Writers was founded in 2011 by writers from Azerbaijan, Kazakhstan and Türkiye.',
        '',
        'A Memorandum on Cultural Cooperation was signed between the Ministry of Culture of Azerbaijan and the Ministry of Culture of Turkmenistan.',
        '',
        'Over 1,000 artists from 12 countries performed in Shusha during the year, the minister said.',
      ].join('\n'),
    ]);
    expect(theFact(facts, 'capital', 'Anau').qualifiers).toEqual({ year: 2024, country: 'Turkmenistan' });
    expect(theFact(facts, 'role', 'Kassym Zhaksylyk').object).toBe('Secretary General of Union of Turkic Writers');
    expect(theFact(facts, 'founding', 'Union of Turkic Writers').qualifiers).toEqual({ year: 2011, by: 'writers from Azerbaijan, Kazakhstan and Türkiye' });
    expect(theFact(facts, 'decision', 'Ministry of Culture of Azerbaijan and the Ministry of Culture of Turkmenistan').object).toBe('Memorandum on Cultural Cooperation');
    expect(theFact(facts, 'statement', 'Adil Karimli').object).toBe('Over 1,000 artists from 12 countries performed in Shusha during the year');
  });

  it('a figure about another kind of event is not pinned on the main event', () => {
    const facts = factsFrom([
      '561_elders',
      [
        ' date 2025-10-04 The 12th Session of the Council of Elders of the Organization of Turkic States was held in Budapest on 3 October.',
        '',
        'The festival, which will take place on 12-14 September in Karakol, will bring together 40 ensembles.',
        '',
        'The session brought together more than 60 delegates.',
      ].join('\n'),
    ]);
    const session = '12th Session of the Council of Elders of the Organization of Turkic States';
    expect(theFact(facts, 'event', session).qualifiers).toMatchObject({ place: 'Budapest', country: 'Hungary', date: '2025-10-03' });
    expect(ofKind(facts, 'figure').map((f) => [f.subject, f.qualifiers.value, f.qualifiers.unit])).toEqual([[session, 60, 'delegates']]);
  });

  it('a country or "the Kazakh side" can propose', () => {
    const facts = factsFrom([
      '571_sides',
      [
        ' date 2025-06-01 The Fifth Meeting of Culture Ministers of the Organization of Turkic States was held in Cholpon-Ata on May 30.',
        '',
        'Azerbaijan proposed to establish a Turkic Film Academy.',
        '',
        'The Kazakh side suggested holding a joint exhibition of Turkic jewelry in 2026.',
      ].join('\n'),
    ]);
    expect(theFact(facts, 'event', 'Fifth Meeting of Culture Ministers of the Organization of Turkic States').qualifiers).toMatchObject({ place: 'Cholpon-Ata', country: 'Kyrgyzstan', date: '2025-05-30' });
    expect(theFact(facts, 'proposal', 'Azerbaijan').object).toBe('establish a Turkic Film Academy');
    expect(theFact(facts, 'proposal', 'Kazakhstan').object).toBe('holding a joint exhibition of Turkic jewelry in 2026');
  });

  it('facts are sorted and their ids do not depend on article order', () => {
    const a: [string, string] = ['531_a', ' date 2025-01-01 TURKSOY Secretary General Sultan Raev visited Osh.'];
    const b: [string, string] = ['532_b', ' date 2025-01-02 The Festival of Turkic Poetry was held in Osh on 1 January 2025.'];
    expect(factsFrom(a, b)).toEqual(factsFrom(b, a));
  });
});
