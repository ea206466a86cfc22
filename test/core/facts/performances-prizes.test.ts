/** Performers and prize winners of an event, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { findPerformances, findPrizes } from '../../../src/core/facts/claim-rules.ts';
import { answerWithTrace } from '../../../src/core/qa/answer.ts';
import { knowledgeOf } from '../qa/knowledge-of.ts';

describe('findPerformances', () => {
  it.each([
    ['The Turan Ethno-Folk Ensemble performed at the closing ceremony of the festival.', 'Turan Ethno-Folk Ensemble', 'closing ceremony', 'festival'],
    ['The closing ceremony of the Caspian Song Forum featured the Aktau Youth Orchestra.', 'Aktau Youth Orchestra', 'closing ceremony', 'Caspian Song Forum'],
    ['On Friday, the Altyn Dala Brass Band played folk marches at the gala concert of the summit in Osh.', 'Altyn Dala Brass Band', 'gala concert', 'summit'],
  ])('%s', (sentence, performer, occasion, eventText) => expect(findPerformances(sentence)).toEqual([{ performer, occasion, eventText }]));

  it('is no performance without an occasion', () => {
    expect(findPerformances('The Altyn Dala Brass Band performed folk marches, while old photographs were shown in the foyer.')).toEqual([]);
  });
});

describe('findPrizes', () => {
  it.each([
    ['The film “Steppe Wind” won the main prize of the Caspian Film Days.', 'Steppe Wind', 'main prize', 'Caspian Film Days'],
    ['The Grand Prix of the festival went to the documentary "Salt Roads".', 'Salt Roads', 'grand prix', 'festival'],
    ['The jury of the contest gave its main prize to the novel “The Last Nomad” after long debates.', 'The Last Nomad', 'main prize', 'contest'],
    ['Young singer Aruzhan Bekova won the audience award at the Turkic Song Contest.', 'Aruzhan Bekova', 'audience award', 'Turkic Song Contest'],
  ])('%s', (sentence, winner, prize, eventText) => expect(findPrizes(sentence)).toEqual([{ winner, prize, eventText }]));
});

describe('performers and winners in the fact table', () => {
  const k = knowledgeOf([
    '951_days.txt',
    ' date 2025-09-20 The Caspian Film Days were held in Aktau on 19 September 2025.\n' +
      'Directors from eleven countries showed forty films.\n' +
      'The main prize of the festival went to the film “Steppe Wind”.\n' +
      'The Aktau Youth Orchestra performed at the closing ceremony of the festival.\n',
  ]);

  it('records them as facts of the article\'s event', () => {
    const kinds = [...k.facts].filter((f) => f.kind === 'performance' || f.kind === 'award').map((f) => [f.kind, f.subject, f.object]);
    expect(kinds).toEqual(expect.arrayContaining([
      ['award', 'Caspian Film Days', 'Steppe Wind'],
      ['performance', 'Caspian Film Days', 'Aktau Youth Orchestra'],
    ]));
  });

  it('answers who performed and what won from them, and not who organized', () => {
    expect(answerWithTrace(k, 'Who performed at the closing ceremony of the Caspian Film Days?').trace?.facts?.short).toBe('Aktau Youth Orchestra');
    expect(answerWithTrace(k, 'What won the main prize of the Caspian Film Days?').trace?.facts?.short).toBe('Steppe Wind');
    expect(answerWithTrace(k, 'Who organized the Caspian Film Days?').trace?.facts?.short).not.toBe('Aktau Youth Orchestra');
  });
});
