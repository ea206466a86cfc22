/**
 * Answer kinds and question wordings the pipeline once missed, on sentences written for these tests:
 * "what position does X hold" read as "who is X", a role's complement before a name, signed documents,
 * performing groups.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { trailingPersonName } from '../../../src/core/facts/entities.ts';
import { findMentions, mentionText } from '../../../src/core/facts/mentions.ts';
import type { Knowledge } from '../../../src/core/knowledge.ts';
import { answerWithTrace } from '../../../src/core/qa/answer.ts';
import { documentPhrases } from '../../../src/core/qa/documents.ts';
import { isPerformingGroup } from '../../../src/core/qa/performers.ts';
import { structureQuestion } from '../../../src/core/qa/structured-query.ts';
import { knowledgeOf } from './knowledge-of.ts';

let knowledge: Knowledge;
beforeAll(() => {
  knowledge = knowledgeOf(
    [
      '901_fair.txt',
      ' date 2025-04-10 The Steppe Crafts Fair opened in Turkistan on 9 April 2025.\n' +
        'Mayor of Ordabasy Kanat Sultanov welcomed the guests of the fair.\n' +
        'Dariga Nurtaeva, Director of the Sairam Drama Theatre, thanked the hosts.\n' +
        'At the end of the fair, the delegations of four regions signed a memorandum on joint craft schools.\n' +
        'The closing ceremony of the Steppe Crafts Fair featured the Altyn Dala Brass Band.\n',
    ],
    ['902_other.txt', ' date 2025-05-02 The Caspian Poetry Week took place in Aktau.\nThe poets read verses about the sea.\n'],
  );
});

describe('asking what someone is, in other words', () => {
  it.each(['What position does Kanat Sultanov hold?', "What is Kanat Sultanov's job?", 'What does Kanat Sultanov do?', 'Which post did Kanat Sultanov hold?'])(
    '%s is read as "Who is ...?"',
    (question) => {
      const q = structureQuestion(question, knowledge);
      expect(q.type).toBe('role');
      expect(q.rule).toBe('role/who-is-name');
      // The post words are no concepts a passage must hold.
      expect(q.analysis.terms.filter((t) => /^(?:posit|job|held|hold|post)/.test(t))).toEqual([]);
    },
  );

  it('leaves a question about a thing alone', () => {
    expect(structureQuestion('What role does the fair play?', knowledge).rule).not.toBe('role/who-is-name');
  });

  it('does not "correct" the verb of "Who serves as ...?" into a corpus word', () => {
    expect(structureQuestion('Who serves as Mayor of Ordabasy?', knowledge).analysis.tokens).toContain('serves');
  });

  it('answers with the role beside the name', () => {
    const { answer } = answerWithTrace(knowledge, 'What position does Kanat Sultanov hold?');
    expect(answer.found).toBe(true);
    expect(answer.short).toContain('Mayor of Ordabasy');
  });
});

describe("a role's complement before a name", () => {
  it('keeps the word after "of" in the role when three names follow it', () => {
    const s = 'Mayor of Ordabasy Kanat Sultanov welcomed the guests.';
    const m = findMentions(s, null);
    expect(m.filter((x) => x.kind === 'person').map((x) => mentionText(s, x))).toEqual(['Kanat Sultanov']);
    expect(m.filter((x) => x.kind === 'role').map((x) => mentionText(s, x))).toContain('Mayor of Ordabasy');
    expect(trailingPersonName('Mayor of Ordabasy Kanat Sultanov')).toEqual({ name: 'Kanat Sultanov', rest: 'Mayor of Ordabasy' });
  });

  it('still reads two names after a portfolio as the person', () => {
    expect(trailingPersonName('Minister of Culture Aida Balayeva')).toEqual({ name: 'Aida Balayeva', rest: 'Minister of Culture' });
  });
});

describe('signed documents', () => {
  it.each([
    ['The ministers signed a memorandum on joint craft schools.', ['memorandum on joint craft schools']],
    ['The forum closed with the signing of an action plan for 2026 by five delegations.', ['action plan for 2026']],
    ['A Joint Declaration of the Council was adopted at the summit.', ['Joint Declaration of the Council']],
    ['The parties signed two agreements on film co-production during the visit.', ['agreements on film co-production']],
    ['He said the plan was ready.', []],
  ])('%s', (sentence, expected) => expect(documentPhrases(sentence).map((d) => d.text)).toEqual(expected));

  it('answers "what did they sign" with the document, not the rest of the clause', () => {
    const { trace } = answerWithTrace(knowledge, 'What did the delegations sign at the Steppe Crafts Fair?');
    expect(trace?.candidates[0]?.text).toBe('memorandum on joint craft schools');
  });
});

describe('performing groups', () => {
  it('tells a group by its head word', () => {
    expect(isPerformingGroup('Altyn Dala Brass Band')).toBe(true);
    expect(isPerformingGroup('State Youth Orchestra')).toBe(true);
    expect(isPerformingGroup('Sairam Drama Theatre')).toBe(false);
  });

  it('types a band as an organization, not a person', () => {
    const s = 'The closing ceremony featured the Altyn Dala Brass Band.';
    expect(findMentions(s, null).filter((x) => x.kind === 'org').map((x) => mentionText(s, x))).toEqual(['Altyn Dala Brass Band']);
  });

  it('answers "who performed" with the group', () => {
    const { trace } = answerWithTrace(knowledge, 'Who performed at the closing ceremony of the Steppe Crafts Fair?');
    expect(trace?.candidates[0]?.text).toBe('Altyn Dala Brass Band');
  });
});
