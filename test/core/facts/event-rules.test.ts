import { describe, expect, it } from 'vitest';
import { eventKey, findCapitals, findEvents, findPlace } from '../../../src/core/facts/event-rules.ts';

const names = (s: string) => findEvents(s).map((e) => [e.name, e.eventType]);

describe('findEvents', () => {
  it('a numbered meeting with its long complement', () => {
    expect(names('The 43rd Meeting of the Permanent Council of Ministers of Culture of TURKSOY took place in Turkistan.')).toEqual([
      ['43rd Meeting of the Permanent Council of Ministers of Culture of TURKSOY', 'meeting'],
    ]);
  });

  it('an ordinal word and a lower-case head', () => {
    expect(names('Baku will host the second meeting of Film Leaders from the Turkic World next year.')).toEqual([['second meeting of Film Leaders from the Turkic World', 'meeting']]);
  });

  it('a capitalized name before the head', () => {
    expect(names('The Second Turkic World Film Festival has taken place in Bursa.')).toEqual([['Second Turkic World Film Festival', 'festival']]);
  });

  it('a quoted title after "titled"', () => {
    expect(names('TURKSOY held a panel discussion titled “New Bridges of Turkic Cinema” in Ankara.')).toEqual([['New Bridges of Turkic Cinema', 'panel']]);
  });

  it('a building named after an event word is a venue, not an event', () => {
    expect(names('The ministers met at the Rixos Congress Hall in Turkistan.')).toEqual([]);
    expect(names('The Turkic Youth Forum opened at the Festival Park Hall in Aktau.')).toEqual([['Turkic Youth Forum', 'forum']]);
  });

  it('an unnamed event known by what it is dedicated to, when the sentence says it took place', () => {
    expect(names('An exhibition dedicated to the 100th anniversary of Magtymguly Pyragy opened in Ashgabat.')).toEqual([
      ['Exhibition dedicated to the 100th anniversary of Magtymguly Pyragy', 'exhibition'],
    ]);
    expect(names('The ministers discussed a concert dedicated to Turkic music.')).toEqual([]);
    // A named event inside wins over the description around it.
    expect(names('A round table dedicated to the Days of Turkic Music was held in Osh.')).toEqual([['Days of Turkic Music', 'days']]);
  });

  it('days of a culture keep their host country, but not a city', () => {
    expect(names('The Days of Kazakh Culture in Uzbekistan opened in Tashkent.')).toEqual([['Days of Kazakh Culture in Uzbekistan', 'days']]);
    expect(names('The Festival of Turkic Poetry in Tashkent drew large crowds.')).toEqual([['Festival of Turkic Poetry', 'festival']]);
  });

  it('a sentence starting with the head is not an event by itself', () => {
    expect(names('Forum participants visited the old town of Khiva.')).toEqual([]);
  });

  it('one event in two wordings gets one key', () => {
    expect(eventKey('Second Meeting of Culture Ministers of the Organization of Turkic States')).toBe(eventKey('2nd meeting of the Culture Ministers of Organization of Turkic States'));
    expect(eventKey('43rd Meeting of the Permanent Council')).not.toBe(eventKey('42nd Meeting of the Permanent Council'));
  });
});

describe('findPlace', () => {
  const at = (s: string, word: string) => findPlace(s, s.indexOf(word));

  it('venue and city: "at the Heydar Aliyev Palace in Baku"', () => {
    const s = 'A gala concert was held at the Heydar Aliyev Palace in Baku on 1 March 2025.';
    expect(at(s, 'gala')).toEqual({ venue: 'Heydar Aliyev Palace', place: 'Baku', country: 'Azerbaijan' });
  });

  it('"in the city of Turkistan"', () => {
    const s = 'The Turkic Youth Forum took place in the city of Turkistan.';
    expect(at(s, 'Turkic')).toMatchObject({ place: 'Turkistan', country: 'Kazakhstan' });
  });

  it('a city that hosts the event, before it', () => {
    const s = 'Astana will host the Forum of Turkic Writers in September.';
    expect(at(s, 'Forum')).toMatchObject({ place: 'Astana', country: 'Kazakhstan' });
  });

  it('"the capital of Uzbekistan hosted ..."', () => {
    const s = 'The capital of Uzbekistan hosted the Festival of Turkic Poetry.';
    expect(at(s, 'Festival')).toMatchObject({ place: 'Tashkent', country: 'Uzbekistan' });
  });

  it('a city the gazetteer does not know, with its country', () => {
    const s = 'The Festival of Nomad Games was held in Kyzylorda, Kazakhstan.';
    expect(at(s, 'Festival')).toEqual({ place: 'Kyzylorda', country: 'Kazakhstan' });
  });

  it('nothing when no place is named', () => {
    expect(at('The Forum of Turkic Writers was postponed.', 'Forum')).toEqual({});
  });
});

describe('findCapitals', () => {
  it.each([
    ['The city of Turkistan was declared the Cultural Capital of the Turkic World for 2024.', '2025-01-10', { city: 'Turkistan', year: 2024, country: 'Kazakhstan' }],
    ['Bursa, the 2022 Cultural Capital of the Turkic World, hosted the festival.', '2024-05-12', { city: 'Bursa', year: 2022, country: 'Türkiye' }],
    ['Shusha has been named the Turkic World Cultural Capital for 2023.', '2023-01-20', { city: 'Shusha', year: 2023, country: 'Azerbaijan' }],
    ['TURKSOY passed the title of Cultural Capital of the Turkic World for 2026 to the historic city of Andijan.', '2025-12-01', { city: 'Andijan', year: 2026, country: 'Uzbekistan' }],
    ["Aktau holds the title of Cultural Capital of the Turkic World this year.", '2025-06-01', { city: 'Aktau', year: 2025, country: 'Kazakhstan' }],
    // A city the gazetteer does not know.
    ['In 2027, Osh will become the Cultural Capital of the Turkic World.', '2025-05-05', { city: 'Osh', year: 2027, country: 'Kyrgyzstan' }],
    ['The city of Andijan will serve as the Cultural Capital of the Turkic World in 2026.', '2025-05-05', { city: 'Andijan', year: 2026, country: 'Uzbekistan' }],
    ['TURKSOY declared Kazan the Cultural Capital of the Turkic World for 2012.', '2011-12-01', { city: 'Kazan', year: 2012, country: 'Tatarstan' }],
    ['Aktau became the 2025 Cultural Capital of the Turkic World.', '2025-01-01', { city: 'Aktau', year: 2025, country: 'Kazakhstan' }],
    ['Ordubad has been declared the Cultural Capital of the Turkic World for 2028.', '2026-01-05', { city: 'Ordubad', year: 2028, country: undefined }],
  ])('%s', (sentence, date, expected) => {
    expect(findCapitals(sentence, date)).toEqual([expected]);
  });

  it('no year and no present tense: no year is guessed', () => {
    expect(findCapitals('Turkistan prepared for its role as Cultural Capital of the Turkic World.', '2024-01-01')[0]?.year).toBeUndefined();
  });
});
