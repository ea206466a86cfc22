import { describe, expect, it } from 'vitest';
import { cleanArticleText, findHeadline } from '../../../src/core/corpus/clean-text.ts';

describe('cleanArticleText: what is not article text goes', () => {
  it('drops photo credits, copyright lines, stamps and crumbs', () => {
    const body = [
      'Home / Culture / Turkic World',
      '',
      '22 July 2025 17:50 (UTC+04:00)',
      '',
      'Photo: Trend',
      'Photo credit: Report.az',
      '© Azernews 2025',
      '',
      'The Kyrgyz National Philharmonic hosted a concert of Turkic folk music.',
      '',
      'Tuesday, 02 January 2024 12:17 GMT',
      '12/05/2024 14:33',
      'News › Culture › Heritage',
      '',
      'Musicians from six countries took part.',
    ].join('\n');
    expect(cleanArticleText(body)).toEqual(['The Kyrgyz National Philharmonic hosted a concert of Turkic folk music.', 'Musicians from six countries took part.']);
  });

  it('drops dotted-date stamps, view counters, author lines, tags and follow-us lines', () => {
    const body = ['12.05.2024, 14:33', '', '12.05.2024 | 14:33', '', '14 May 2024, 10:05', '', 'Views: 1 254', '', 'Author: Aigerim Sadykova', '', 'The forum opened in Osh.', '', 'Follow us on Telegram!', '', 'Photo by Report.az', '', 'Tags: TURKSOY, culture'].join('\n');
    expect(cleanArticleText(body)).toEqual(['The forum opened in Osh.']);
  });

  it('drops bylines: "By ...", a name standing alone, "X is a Kabar correspondent."', () => {
    const body = ['By Laman Huseynova', '', 'Nurlan Abenov', '', 'A gala concert was held in Baku on Saturday.', '', 'Nurlan Abenov is a Kabar correspondent.', '', "Laman Huseynova is AzerNews' staff journalist."].join('\n');
    expect(cleanArticleText(body)).toEqual(['A gala concert was held in Baku on Saturday.']);
  });

  it('drops title-case headings but keeps sentences', () => {
    const body = ['Azerbaijan, TURKSOY Discuss Joint Projects In Baku', '', 'The sides discussed joint projects for 2026.'].join('\n');
    expect(cleanArticleText(body)).toEqual(['The sides discussed joint projects for 2026.']);
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const body = 'The Kyrgyz National Philharmonic in Bishkek hosted a concert\nof Turkic folk music on July 21, organized by the Ministry of Culture,\nInformation and Youth Policy of Kyrgyzstan, Kabar reports.\n\nIt lasted two hours.';
    expect(cleanArticleText(body)).toEqual([
      'The Kyrgyz National Philharmonic in Bishkek hosted a concert of Turkic folk music on July 21, organized by the Ministry of Culture, Information and Youth Policy of Kyrgyzstan, Kabar reports.',
      'It lasted two hours.',
    ]);
  });

  it('keeps a wrapped line that is only a year or a date when it ends the sentence above it', () => {
    const body = 'The Steppe Film Festival has been organized since\n2021.\nIts first edition took place in Osh on\n12 May 2021.\n\n14 May 2021 10:15\nThe jury met again.';
    expect(cleanArticleText(body)).toEqual([
      'The Steppe Film Festival has been organized since 2021.',
      'Its first edition took place in Osh on 12 May 2021.',
      'The jury met again.',
    ]);
  });

  it('strips the "(MENAFN- AzerNews)" prefix and cuts at the legal disclaimer', () => {
    const body = '(MENAFN- AzerNews) The Turkic Culture Week opened in Ganja.\n\nIt will last five days.\n\nLegal Disclaimer:\nMENAFN provides the information "as is".';
    expect(cleanArticleText(body)).toEqual(['The Turkic Culture Week opened in Ganja.', 'It will last five days.']);
  });

  it('strips a wire dateline before the first sentence', () => {
    expect(cleanArticleText('Baku, December 5, AZERTAC. The closing ceremony was held in Shusha today.')).toEqual(['The closing ceremony was held in Shusha today.']);
    expect(cleanArticleText('Tashkent, 12 May (UzA). The festival opened.')).toEqual(['The festival opened.']);
    // A sentence that merely starts with a city is not a dateline.
    expect(cleanArticleText('Baku, the capital of Azerbaijan, hosted the forum.')).toEqual(['Baku, the capital of Azerbaijan, hosted the forum.']);
  });

  it('turns non-breaking spaces and runs of blanks into single spaces', () => {
    expect(cleanArticleText('The\u00a0festival   opened\tin Osh.')).toEqual(['The festival opened in Osh.']);
  });
});

describe('cleanArticleText: trailing notes about other news', () => {
  const story = 'The Third Meeting of the Ministers of Culture of the Organization of Turkic States was held in Shusha, Trend reports.';

  it('drops an "Earlier, X reported ..." trailer about another topic', () => {
    expect(cleanArticleText(`${story}\n\nEarlier, Trend reported that the Caspian Energy Forum opened in Baku.`)).toEqual([story]);
  });

  it('keeps a trailer that stays on the story', () => {
    const trailer = 'Earlier, Trend reported that the Shusha meeting of the culture ministers would adopt a roadmap for 2025.';
    expect(cleanArticleText(`${story}\n\n${trailer}`)).toEqual([story, trailer]);
  });

  it('keeps "As earlier reported, ..." when it names the story\'s own places', () => {
    const concert = 'The concert of Turkic folk music took place in Bishkek on July 21.';
    const trailer = 'As earlier reported, the concert in Bishkek opened the Days of Turkic Music.';
    expect(cleanArticleText(`${concert}\n\n${trailer}`)).toEqual([concert, trailer]);
  });

  it('does not count shared words like "Minister" and "Culture" as staying on topic', () => {
    const concert = 'Azerbaijani Minister of Culture Adil Karimli attended a gala concert in Baku.';
    expect(cleanArticleText(`${concert}\n\nEarlier, it was reported that the Azerbaijani Minister of Culture visited Shusha.`)).toEqual([concert]);
  });

  it('sharing the agency and the city is not staying on topic', () => {
    const osh = 'The Turkic Youth Forum opened in Osh on Monday, Kabar reports.';
    expect(cleanArticleText(`${osh}\n\nEarlier, Kabar reported that the price of flour in Osh fell by 3 percent.`)).toEqual([osh]);
  });

  it('drops several off-topic trailers from the end, and never the only paragraph', () => {
    expect(cleanArticleText(`${story}\n\nTo recall, Kyrgyzstan's Cholpon-Ata was declared the SCO tourism capital.\n\nEarlier, Trend reported that a new metro line opened in Tashkent.`)).toEqual([story]);
    const lone = 'Earlier, Trend reported that a new metro line opened in Tashkent.';
    expect(cleanArticleText(lone)).toEqual([lone]);
  });

  it('an "Earlier," paragraph in the middle of the story stays', () => {
    const middle = 'Earlier, the ministers visited the Shusha fortress.';
    const end = 'The next meeting will be held in Astana.';
    expect(cleanArticleText(`${story}\n\n${middle}\n\n${end}`)).toEqual([story, middle, end]);
  });
});

describe('findHeadline: the heading standing above the text', () => {
  it('skips a stamp in any language and takes the heading under it', () => {
    const body = '― 12 марта 2019 г.\nFolk Ensembles of the Altai Region Toured Three Capitals\nThe ensembles gave concerts in Ankara, Baku and Astana.';
    expect(findHeadline(body)).toBe('Folk Ensembles of the Altai Region Toured Three Capitals');
    expect(cleanArticleText(body)).toEqual(['The ensembles gave concerts in Ankara, Baku and Astana.']);
  });

  it('skips a timestamp with a weekday, a filing line and a site label', () => {
    expect(findHeadline('14 March 2013, Thursday, 09:40\n\nTatar and Bashkir theatres sign a memorandum on joint tours\n\nauthor: Staff\n\nThe memorandum was signed in Ufa.')).toBe('Tatar and Bashkir theatres sign a memorandum on joint tours');
    expect(findHeadline('Ufa, April 3, BASHINFORM\nThe memorandum was signed in Ufa.')).toBeNull();
    expect(findHeadline('CULTURE\n3 MIN READ\nTurkic Academy opens a branch in Kazan\nThe Academy opened its branch on Monday.')).toBe('Turkic Academy opens a branch in Kazan');
  });

  it('a sentence-case headline over a paragraph is not the paragraph\'s first half, and its repeat goes too', () => {
    const body = 'Turkic Academy opens a branch in Kazan\nThe Academy opened its branch on Monday.\nTurkic Academy opens a branch in Kazan\nIts director spoke at the ceremony.';
    expect(cleanArticleText(body)).toEqual(['The Academy opened its branch on Monday.', 'Its director spoke at the ceremony.']);
  });

  it('a wrapped line with a comma and a lower-case word goes on as a sentence, even in title case', () => {
    const body = 'The festival opened on Monday.\nIn their remarks, the TURKSOY Deputy Secretary General Sayit\nYusuf, the festival director, and others spoke.';
    expect(cleanArticleText(body)).toEqual(['The festival opened on Monday.', 'In their remarks, the TURKSOY Deputy Secretary General Sayit Yusuf, the festival director, and others spoke.']);
  });

  it('a hard-wrapped first line is no headline', () => {
    const body = 'An exhibition was held in Ashgabat as part of the 3rd\nTURKSOY Painters Gathering, with works by 30 artists.';
    expect(findHeadline(body)).toBeNull();
    expect(cleanArticleText(body)).toEqual(['An exhibition was held in Ashgabat as part of the 3rd TURKSOY Painters Gathering, with works by 30 artists.']);
  });
});
