import { describe, expect, it } from 'vitest';
import { articlesFrom, factsFrom } from '../fixtures.ts';

// Shapes of wire copy met in the agencies' articles, in sentences written for this test.

describe('headlines, datelines and section labels', () => {
  it('takes a headline standing above the text as the title and drops section labels', () => {
    const [a] = articlesFrom([
      '301_headline',
      ' date 2025-03-02 Kyrgyz poets to gather in Karakol for Aitmatov readings\n\n    Culture\n    • 2 March, 2025\n    • 10:15\n\n    Poets from six countries will gather in Karakol next month, Kabar reports.\n',
    ]);
    expect(a!.title).toBe('Kyrgyz poets to gather in Karakol for Aitmatov readings');
    expect(a!.sentences.map((s) => s.text)).toEqual(['Poets from six countries will gather in Karakol next month, Kabar reports.']);
  });

  it('reads the agency from a dateline line without a full stop', () => {
    const [a] = articlesFrom(['302_dateline', ' date 2025-04-11 Ganja, April 11, AZERTAC\n\nThe Days of Turkmen Culture opened in Ganja today.\n']);
    expect(a!.publisher).toBe('AZERTAC');
    expect(a!.sentences[0]!.text).toBe('The Days of Turkmen Culture opened in Ganja today.');
  });
});

describe('events', () => {
  it('does not give the article date to an earlier event the lead only refers to', () => {
    const facts = factsFrom([
      '303_referred',
      ' date 2025-10-20 The ministry and TURKSOY held talks on the tasks outlined during the 11th Summit of the Organization of Turkic States held in Shusha.\n',
    ]);
    const summit = facts.find((f) => f.kind === 'event' && f.subject.includes('11th Summit'));
    expect(summit?.qualifiers.place).toBe('Shusha');
    expect(summit?.qualifiers.date).toBeUndefined();
  });

  it('reads a quoted panel title written right after the noun', () => {
    const facts = factsFrom(['304_panel', ' date 2025-06-05 The forum closed with the panel "Kazakhstan–Uzbekistan Youth Dialogue" in Tashkent.\n']);
    expect(facts.some((f) => f.kind === 'event' && f.subject === 'Kazakhstan–Uzbekistan Youth Dialogue')).toBe(true);
  });

  it('places an event from a later "The forum in <city>" sentence', () => {
    const facts = factsFrom([
      '305_forum_place',
      ' date 2025-09-14 Speakers at the Forum of Turkic Women Leaders discussed rural crafts, Trend reports.\n\nThe forum in Ganja gathered 300 participants.\n',
    ]);
    const forum = facts.find((f) => f.kind === 'event' && f.subject === 'Forum of Turkic Women Leaders');
    expect(forum?.qualifiers.place).toBe('Ganja');
    expect(forum?.object).toBe('Ganja');
  });
});

describe('partnerships', () => {
  it('ends the partner list where the sentence goes on with another verb', () => {
    const facts = factsFrom([
      '306_partners',
      ' date 2025-02-01 TURKSOY Secretary General Sultan Raev praised the cooperation with the Kyrgyz Ministry of Culture and invited its artists to Andijan.\n',
    ]);
    const partner = facts.find((f) => f.kind === 'partnership');
    expect(partner?.object).toBe('Kyrgyz Ministry of Culture');
  });
});

describe('roles', () => {
  it('gives a minister the country whose ministry of that portfolio the article names', () => {
    const facts = factsFrom([
      '307_ministry',
      " date 2025-05-02 Kyrgyzstan's Ministry of Culture and TURKSOY discussed the Days of Kyrgyz Cinema.\n\nMinister of Culture Mirbek Asanov thanked the organization for its support.\n",
    ]);
    expect(facts.find((f) => f.kind === 'role' && f.subject === 'Mirbek Asanov')?.object).toBe('Minister of Culture of Kyrgyzstan');
  });

  it('reads "X, the newly appointed representative of Y"', () => {
    const facts = factsFrom([
      '308_newly',
      ' date 2025-05-03 During the meeting, Elnur Gasimov, the newly appointed representative of the Ministry of Culture of Azerbaijan to TURKSOY, was introduced.\n',
    ]);
    expect(facts.find((f) => f.kind === 'role')?.subject).toBe('Elnur Gasimov');
  });
});

describe('more role and event wordings', () => {
  it('reads a portfolio written before "Minister"', () => {
    const facts = factsFrom([
      '309_portfolio',
      " date 2025-06-01 Kyrgyzstan's Deputy Culture Minister Aibek Toktogulov and Kazakh Culture and Information Minister Dana Serikova opened the exhibition.\n",
    ]);
    const roles = Object.fromEntries(facts.filter((f) => f.kind === 'role').map((f) => [f.subject, f.object]));
    expect(roles['Aibek Toktogulov']).toBe('Deputy Minister of Culture of Kyrgyzstan');
    expect(roles['Dana Serikova']).toBe('Minister of Culture and Information of Kazakhstan');
  });

  it('gives a listed role to the name after it, not to the name before', () => {
    const facts = factsFrom([
      '310_under',
      ' date 2025-06-02 Guests included Turkish Deputy Culture Minister Emre Yalcin, Director of the Film Agency under the Uzbek Culture Ministry Rustam Nabiev, and others.\n',
    ]);
    const roles = facts.filter((f) => f.kind === 'role').map((f) => [f.subject, f.object]);
    expect(roles).toContainEqual(['Rustam Nabiev', 'Director of Film Agency under the Uzbek Culture Ministry']);
    expect(roles.filter(([who]) => who === 'Emre Yalcin')).toEqual([['Emre Yalcin', 'Deputy Minister of Culture of Türkiye']]);
  });

  it('reads "has been organized since <year>" as when it began, and a later "is organized by" as the organizer', () => {
    const facts = factsFrom([
      '311_since',
      ' date 2025-09-20 The Tengri Film Festival opened in Almaty today.\n\nThe festival is organized by the International Organization of Turkic Culture (TURKSOY).\n\nThe Tengri Film Festival has been organized since 2019.\n',
    ]);
    expect(facts.find((f) => f.kind === 'founding')).toMatchObject({ subject: 'Tengri Film Festival', object: '2019' });
    expect(facts.find((f) => f.kind === 'event')?.qualifiers.organizer).toBe('TURKSOY');
  });

  it('does not date an event by the article that reports its end', () => {
    const facts = factsFrom(['312_end', ' date 2025-09-25 The Tengri Film Festival concluded in Almaty on Thursday.\n']);
    expect(facts.find((f) => f.kind === 'event')?.qualifiers.date).toBeUndefined();
  });
});
