import { describe, expect, it } from 'vitest';
import { findDecisions, findFigures, findFoundings, findPartnerships, findProposals, findPurposes, findSpeech, findTopics } from '../../../src/core/facts/claim-rules.ts';

describe('findFoundings', () => {
  it('"was founded in 2009 by ..."', () => {
    expect(findFoundings('The Organization of Turkic States was founded in 2009 by Azerbaijan, Kazakhstan, Kyrgyzstan and Turkiye.')).toEqual([
      { subjectText: 'The Organization of Turkic States', year: 2009, by: 'Azerbaijan, Kazakhstan, Kyrgyzstan and Turkiye' },
    ]);
  });

  it('a full date before the year', () => {
    expect(findFoundings('The International Turkic Academy was established on 26 May 2010 in Astana.')).toEqual([{ subjectText: 'The International Turkic Academy', year: 2010, by: undefined }]);
  });

  it('"Founded in 1993, TURKSOY is ..."', () => {
    expect(findFoundings('Founded in 1993, TURKSOY is an international organization that unites the Turkic-speaking countries.')).toEqual([{ subjectText: 'TURKSOY', year: 1993 }]);
  });

  it('an apposition: "TURKSOY, which was established in 1993, ..."', () => {
    expect(findFoundings('TURKSOY, which was established in 1993, now unites fourteen members.')).toEqual([{ subjectText: 'TURKSOY', year: 1993 }]);
  });

  it('no founding in other sentences', () => {
    expect(findFoundings('The festival was held in 2024 in Bursa.')).toEqual([]);
  });
});

describe('findDecisions', () => {
  it('"decided to ..." with its subject', () => {
    expect(findDecisions('During the meeting, the ministers decided to establish a working group on the digitization of Turkic manuscripts.')).toEqual([
      { relation: 'decided', subjectText: 'During the meeting, the ministers ', object: 'to establish a working group on the digitization of Turkic manuscripts' },
    ]);
  });

  it('"A decision was made to ..."', () => {
    expect(findDecisions('A decision was made to hold the next session in Bishkek.')).toEqual([{ relation: 'decided', subjectText: '', object: 'to hold the next session in Bishkek' }]);
  });

  it('"adopted a ..." stops before "at the end of the meeting"', () => {
    expect(findDecisions('The ministers adopted a Joint Communique at the end of the meeting.')).toEqual([{ relation: 'adopted', subjectText: 'The ministers ', object: 'Joint Communique' }]);
  });

  it('active "signed a Protocol on ..."', () => {
    expect(findDecisions('The parties signed a Protocol on cooperation in the field of museums.')).toEqual([
      { relation: 'signed', subjectText: 'The parties ', object: 'Protocol on cooperation in the field of museums' },
    ]);
  });

  it('passive "... was signed between X and Y"', () => {
    expect(findDecisions('A Memorandum on Cultural Cooperation was signed between the Ministry of Culture of Azerbaijan and the Ministry of Culture of Turkmenistan.')).toEqual([
      { relation: 'signed', subjectText: 'Ministry of Culture of Azerbaijan and the Ministry of Culture of Turkmenistan', object: 'Memorandum on Cultural Cooperation' },
    ]);
  });

  it('passive "a memorandum ... was signed by ..."', () => {
    expect(findDecisions('A memorandum of understanding on joint film production was signed by the Azerbaijan Film Agency and Kazakhfilm.')).toEqual([
      { relation: 'signed', subjectText: 'Azerbaijan Film Agency and Kazakhfilm', object: 'memorandum of understanding on joint film production' },
    ]);
  });
});

describe('findProposals', () => {
  it.each([
    ['The Uzbek Minister proposed to create a joint online archive of Turkic folk music recordings.', 'The Uzbek Minister ', 'create a joint online archive of Turkic folk music recordings'],
    ['The Kazakh Minister put forward an initiative to hold Days of Turkic Cinema in Astana in 2025.', 'The Kazakh Minister ', 'hold Days of Turkic Cinema in Astana in 2025'],
    ['Sultan Raev suggested a joint exhibition of Turkic carpets, which would travel to six capitals.', 'Sultan Raev ', 'a joint exhibition of Turkic carpets'],
  ])('%s', (s, subjectText, object) => {
    expect(findProposals(s)).toEqual([{ subjectText, object }]);
  });

  it('no proposal without a proposing verb', () => {
    expect(findProposals('The ministers visited the Shusha fortress.')).toEqual([]);
  });
});

describe('findPartnerships', () => {
  it('"collaborates with X and maintains partnerships with institutions such as Y and Z"', () => {
    expect(findPartnerships('It collaborates closely with UNESCO and maintains partnerships with institutions such as the Organization of Turkic States and the International Turkic Academy.')).toEqual([
      { subjectText: 'It ', partners: ['UNESCO'] },
      { subjectText: 'It ', partners: ['Organization of Turkic States', 'International Turkic Academy'] },
    ]);
  });

  it('"cooperates with" a list', () => {
    expect(findPartnerships('Kazakhfilm cooperates with the Uzbekkino National Agency and the Azerbaijan Film Agency.')).toEqual([
      { subjectText: 'Kazakhfilm ', partners: ['Uzbekkino National Agency', 'Azerbaijan Film Agency'] },
    ]);
  });
});

describe('findTopics and findPurposes', () => {
  it('"discussed issues such as ..."', () => {
    expect(findTopics('The ministers discussed issues such as the restoration of historical monuments and joint festivals.')).toEqual([
      { subjectText: 'The ministers ', object: 'the restoration of historical monuments and joint festivals' },
    ]);
  });

  it('"aims to ..."', () => {
    expect(findPurposes('The festival aims to promote joint film production among Turkic-speaking countries.')).toEqual([
      { subjectText: 'The festival ', object: 'to promote joint film production among Turkic-speaking countries' },
    ]);
  });
});

describe('findSpeech', () => {
  it('a quote attributed at the end: "…,” said the Secretary General.', () => {
    expect(findSpeech('We will keep supporting young artists from every member state,” said the Secretary General.')).toEqual({
      subjectText: 'the Secretary General',
      object: 'We will keep supporting young artists from every member state',
    });
  });

  it('speaker before the verb after the quote: "…,” Rakhimov stated.', () => {
    expect(findSpeech('“The maqom tradition belongs to all of us,” Rakhimov stated.')).toEqual({ subjectText: 'Rakhimov', object: 'The maqom tradition belongs to all of us' });
  });

  it('reported speech: "X noted that ..."', () => {
    expect(findSpeech('The Kazakh Minister noted that the celebrations in Turkistan welcomed nearly 300,000 visitors.')).toEqual({
      subjectText: 'The Kazakh Minister',
      object: 'the celebrations in Turkistan welcomed nearly 300,000 visitors',
    });
  });

  it('the closing verb may name its audience: "…,” Zhumabekov told journalists.', () => {
    expect(findSpeech('The runes tell us who we are," Zhumabekov told journalists.')).toEqual({ subjectText: 'Zhumabekov', object: 'The runes tell us who we are' });
    expect(findSpeech('“The doors are open to everyone,” the rector told a Kabar correspondent.')).toEqual({ subjectText: 'the rector', object: 'The doors are open to everyone' });
  });

  it('an unquoted statement attributed at its end: "..., the minister said."', () => {
    expect(findSpeech('Over 1,000 artists from 12 countries performed in Shusha during the year, the minister said.')).toEqual({
      subjectText: 'the minister',
      object: 'Over 1,000 artists from 12 countries performed in Shusha during the year',
    });
  });

  it('"According to X, ..."', () => {
    expect(findSpeech('According to Bekzod Rakhimov, the festival will welcome 2,000 guests.')).toEqual({ subjectText: 'Bekzod Rakhimov', object: 'the festival will welcome 2,000 guests' });
  });

  it('"thanked X for Y" keeps the verb, so it does not read as words X said', () => {
    expect(findSpeech('Sultan Rayev thanked Adil Karimli for supporting the organization.')).toEqual({ subjectText: 'Sultan Rayev', object: 'thanked Adil Karimli for supporting the organization' });
  });

  it('no speech verb: null', () => {
    expect(findSpeech('The festival opened in Kokand.')).toBeNull();
  });
});

describe('findFigures', () => {
  const figs = (s: string) => findFigures(s).map(({ value, unit, approximation, text }) => ({ value, unit, approximation, text }));

  it('"more than 500 participants from 14 countries"', () => {
    expect(figs('More than 500 participants from 14 countries took part in the events of the year.')).toEqual([
      { value: 500, unit: 'participants', approximation: 'more than', text: 'More than 500 participants' },
      { value: 14, unit: 'countries', approximation: undefined, text: '14 countries' },
    ]);
  });

  it('"about 1.2 million spectators" and "nearly 300,000 visitors"', () => {
    expect(figs('About 1.2 million spectators watched online and nearly 300,000 visitors came to Turkistan.')).toEqual([
      { value: 1_200_000, unit: 'spectators', approximation: 'about', text: 'About 1.2 million spectators' },
      { value: 300_000, unit: 'visitors', approximation: 'nearly', text: 'nearly 300,000 visitors' },
    ]);
  });

  it('two-word units: "over 3,000 young artists"', () => {
    expect(figs('The festival brought together over 3,000 young artists.')).toEqual([{ value: 3000, unit: 'young artists', approximation: 'over', text: 'over 3,000 young artists' }]);
  });

  it('years, durations and percentages are not counts', () => {
    expect(figs('In 2024 films competed for 3 days and 45 percent of tickets sold out.')).toEqual([]);
  });
});
