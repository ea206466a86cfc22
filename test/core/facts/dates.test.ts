import { describe, expect, it } from 'vitest';
import { findDates, isSameDayReport } from '../../../src/core/facts/dates.ts';

const first = (s: string, articleDate: string | null = '2025-11-14') => {
  const d = findDates(s, articleDate)[0];
  return d ? { date: d.date, year: d.year } : undefined;
};

describe('findDates', () => {
  it('reads a month written alone after a word placing something in time, with the year the tense gives', () => {
    const found = (s: string, d: string) => findDates(s, d).map((x) => [x.text, x.year]);
    expect(found('The project will be launched in April and continue until mid-November.', '2025-02-10')).toEqual([['April', 2025], ['November', 2025]]);
    expect(found('The next festival will open in March.', '2025-11-20')).toEqual([['March', 2026]]);
    expect(found('The festival was held in December.', '2025-02-01')).toEqual([['December', 2024]]);
    // "may" is a verb but after "in"; a month with a day or a year is read by the other patterns.
    expect(found('It may grow, he said in May.', '2025-03-01')).toEqual([['May', 2025]]);
    expect(found('He will come in March 2026.', '2025-03-01')).toEqual([['March 2026', 2026]]);
    expect(findDates('It will open in April.', null)).toEqual([]);
  });

  it('keeps a day without any year known, in an undated article, as a day with neither date nor year', () => {
    expect(findDates('The final is scheduled for Dec. 23.', null).map((d) => [d.text, d.date, d.year])).toEqual([['Dec. 23', undefined, undefined]]);
    expect(findDates('The final is scheduled for Dec. 23.', '2013-10-01')[0]?.date).toBe('2013-12-23');
  });

  it('gives a day written without its year the one year of its sentence when the article is undated', () => {
    const d = findDates('The city officially became the capital in 2025 on April 5.', null).find((x) => x.date);
    expect(d?.date).toBe('2025-04-05');
    expect(findDates('The city officially became the capital in 2025 on April 5.', '2024-12-01').find((x) => x.date)?.date).toBe('2024-04-05');
  });

  it.each([
    ['The forum will open on 12 May 2024 in Osh.', '2024-05-12'],
    ['The meeting took place from November 13 to 15 in Turkistan.', '2025-11-13'],
    ['The ministers met in Shusha on 12.05.2024.', '2024-05-12'],
    ['The festival opened on November 24, 2025.', '2025-11-24'],
    ['The camp ran on 12-14 June 2025 in Issyk-Kul.', '2025-06-12'],
    ['The concert took place on July 21st.', '2025-07-21'],
    ['The session took place on Sept. 3, 2024.', '2024-09-03'],
  ])('%s', (sentence, iso) => {
    expect(first(sentence)).toEqual({ date: iso, year: Number(iso.slice(0, 4)) });
  });

  it('a year alone, or a month and a year, gives only the year', () => {
    expect(first('The next session will be held in 2026.')).toEqual({ date: undefined, year: 2026 });
    expect(first('The exhibition will open in July 2026.')).toEqual({ date: undefined, year: 2026 });
  });

  it('a day without a year takes the article year, and no year in an undated article', () => {
    expect(first('The concert took place on July 21.', '2024-08-01')).toEqual({ date: '2024-07-21', year: 2024 });
    expect(first('The concert took place on July 21.', null)).toEqual({ date: undefined, year: undefined });
  });

  it('an impossible day is not a date', () => {
    expect(findDates('The forum opened on 31 June 2025.', null).every((d) => d.date === undefined)).toBe(true);
    expect(findDates('The forum opened on 30.02.2025.', null).every((d) => d.date === undefined)).toBe(true);
  });

  it('finds every date with its position', () => {
    const s = 'Founded in 1993, the organization met on 12 May 2024.';
    expect(findDates(s, null).map((d) => [d.text, d.at])).toEqual([
      ['1993', 11],
      ['12 May 2024', s.indexOf('12 May')],
    ]);
  });
});

describe('isSameDayReport', () => {
  it.each([
    ['The Maqom Art Forum opened today in Kokand.', true],
    ['The Second Turkic World Film Festival has taken place in Bursa.', true],
    ['The exhibition is being held at the National Museum.', true],
    ['The Days of Turkic Cinema kicked off in Astana.', true],
    ['The festival will be held in Kokand in May.', false],
    ['The forum was held last year in Osh.', false],
  ])('%s -> %s', (s, expected) => {
    expect(isSameDayReport(s)).toBe(expected);
  });
});
