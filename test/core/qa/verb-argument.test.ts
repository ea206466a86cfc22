import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/core/facts/mentions.ts';
import { verbRelation } from '../../../src/core/qa/verb-argument.ts';

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
