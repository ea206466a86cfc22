import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/core/facts/mentions.ts';
import { dateOfVerb, objectsOfVerb, placeOfVerb, verbRelation } from '../../../src/core/qa/verb-argument.ts';

/** The relation of each person in `text` to the verb word `verb` (written as it stands in the text). */
function relations(text: string, verb: string): Record<string, number> {
  const mentions = findMentions(text);
  const at = text.indexOf(verb);
  const tokens = [{ start: at, end: at + verb.length, weight: 1, key: 'v' }];
  return Object.fromEntries(mentions.filter((m) => m.kind === 'person').map((m) => [text.slice(m.start, m.end), verbRelation(text, m, tokens, mentions, 'v')]));
}

describe('verbRelation: the doer of the verb asked about', () => {
  it('takes the person just before the verb, an aside or an auxiliary between', () => {
    expect(relations('Bakyt Osmonov, the rector of the academy, was unanimously elected chairman, and Aida Serikova thanked him.', 'elected')).toEqual({ 'Bakyt Osmonov': 1, 'Aida Serikova': 0 });
  });

  it('takes the person after "by" following the verb, a role and honorifics between', () => {
    expect(relations('The workshop was chaired by the Deputy Secretary General of the Union, Prof. Dr. Erlan Dosov, and Nurlan Abenov spoke.', 'chaired')).toEqual({ 'Erlan Dosov': 1, 'Nurlan Abenov': 0 });
  });

  it('takes the person after "by", an organization with its acronym in brackets and a role between', () => {
    expect(relations('The workshop was chaired by Steppe Language Association (SLA) head Erlan Dosov, with the participation of Aida Serikova.', 'chaired')).toEqual({ 'Erlan Dosov': 1, 'Aida Serikova': 0 });
  });

  it('takes the one after "of" following the verb as a noun ("with the support of X")', () => {
    expect(relations('With the support of Erlan Dosov, young weavers from Taraz won two prizes.', 'support')).toEqual({ 'Erlan Dosov': 1 });
  });

  it('does not take someone named in a list before the verb, nor the verb of another question', () => {
    expect(relations('Aida Serikova, Bakyt Osmonov and Erlan Dosov attended the forum.', 'attended')).toEqual({ 'Aida Serikova': 0, 'Bakyt Osmonov': 0, 'Erlan Dosov': 1 });
    const text = 'Erlan Dosov chaired the session.';
    const mentions = findMentions(text);
    const tokens = [{ start: 12, end: 19, weight: 1, key: 'chair' }];
    expect(verbRelation(text, mentions.find((m) => m.kind === 'person')!, tokens, mentions, undefined)).toBe(0);
  });
});

describe('objectsOfVerb: what the sentence writes right after the verb asked about', () => {
  const objects = (text: string, verb: string) => {
    const at = text.indexOf(verb);
    return objectsOfVerb(text, [{ start: at, end: at + verb.length, weight: 1, key: 'v' }], new Set(['v'])).map((o) => o.text);
  };

  it('takes the object, its announcing words dropped, up to a clause word', () => {
    expect(objects('The ministers discussed topics such as felt museums, joint tours and a crafts fund, which will open next year.', 'discussed')).toEqual(['felt museums, joint tours and a crafts fund']);
  });

  it('ends the object where "and" starts another verb', () => {
    expect(objects('The council approved the Activity Report for the past period and took note of the host country\'s information.', 'approved')).toEqual(['the Activity Report for the past period']);
    expect(objects('The council approved the budget and noted the report.', 'approved')).toEqual(['the budget']);
  });

  it('takes a present verb\'s infinitive object ("aims to ...")', () => {
    expect(objects('The camp aims to bring young weavers together and to teach old patterns.', 'aims')).toEqual(['bring young weavers together and to teach old patterns']);
    expect(objects('The camp aims were clear.', 'aims')).toEqual([]);
  });

  it('gives nothing when the verb ends its clause or a preposition follows it', () => {
    expect(objects('The matters the ministers discussed were many.', 'discussed')).toEqual([]);
    expect(objects('The plan was discussed by the ministers.', 'discussed')).toEqual([]);
  });
});


describe('placeOfVerb: where what the question asks about happened', () => {
  const placesOf = (text: string): Record<string, number> => {
    const mentions = findMentions(text);
    return Object.fromEntries(mentions.filter((m) => m.kind === 'place').map((m) => [text.slice(m.start, m.end), placeOfVerb(text, m, [], new Set())]));
  };

  it('takes the place an event was held, hosted or took place in, whatever verb the question used, as half a relation', () => {
    expect(placesOf('The opening ceremony of the 1st Steppe Theater Festival has been held in Taraz at the Drama Theater, and Osh will follow.')).toMatchObject({ Taraz: 0.5, Osh: 0 });
    expect(placesOf('The forum took place on 3 May in Bishkek, a year after the declaration of Naryn as capital.')).toMatchObject({ Bishkek: 0.5, Naryn: 0 });
    expect(placesOf('The 9th meeting of the council was held in Kyrgyzstan’s city of Naryn.')).toMatchObject({ Kyrgyzstan: 0, Naryn: 0.5 });
  });

  it('takes the place right after the question\'s own verb, a base form after a modal and a short object between', () => {
    const text = 'The commission will hold its first meeting in Bishkek, after the workshop held in Osh.';
    const at = text.indexOf('hold');
    const tokens = [{ start: at, end: at + 4, weight: 1, key: 'hold' }];
    const mentions = findMentions(text).filter((m) => m.kind === 'place');
    expect(Object.fromEntries(mentions.map((m) => [text.slice(m.start, m.end), placeOfVerb(text, m, tokens, new Set(['hold']))]))).toEqual({ Bishkek: 1, Osh: 0.5 });
  });
});

describe('dateOfVerb: when what the question asks about happened', () => {
  it('takes the date right after the question\'s verb, not one after another verb', () => {
    const text = 'The project will be launched in April and continue until mid-November.';
    const mentions = findMentions(text, '2025-02-10').filter((m) => m.kind === 'date');
    const at = text.indexOf('launched');
    const tokens = [{ start: at, end: at + 'launched'.length, weight: 1, key: 'launch' }];
    expect(mentions.map((m) => [text.slice(m.start, m.end), dateOfVerb(text, m, tokens, new Set(['launch']))])).toEqual([
      ['April', 1],
      ['November', 0],
    ]);
    expect(dateOfVerb(text, mentions[0]!, tokens, new Set(['open']))).toBe(0);
  });
});
