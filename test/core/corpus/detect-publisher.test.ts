import { describe, expect, it } from 'vitest';
import { detectPublisher } from '../../../src/core/corpus/detect-publisher.ts';

describe('detectPublisher', () => {
  it.each([
    ['The gala concert was held at the Heydar Aliyev Palace, Azernews reports.', 'Azernews'],
    ['The festival has taken place in Bursa, Report informs.', 'Report'],
    ['The city of Turkistan hosted the meeting, Kazinform News Agency correspondent reports.', 'Kazinform'],
    ['(MENAFN- AzerNews) The Turkic Culture Week opened in Ganja.', 'Azernews'],
    ['The ministers met in Shusha, according to Trend.', 'Trend'],
    ['The ministers met in Shusha, Trend reports.', 'Trend'],
    ['The International Festival of Maqom Art will be held in Kokand, UzA reports.', 'UzA'],
    ['The concert gathered 1,500 listeners, Kabar reports.', 'Kabar'],
    ['Baku, December 5, AZERTAC. The closing ceremony was held in Shusha today.', 'AZERTAC'],
    ['Tashkent, 12 May (UzA). The festival opened.', 'UzA'],
  ])('%s', (text, publisher) => {
    expect(detectPublisher(text)).toBe(publisher);
  });

  it('the common noun "report" is not the agency Report', () => {
    expect(detectPublisher('A report informs the ministers about museum visits.')).toBeNull();
    expect(detectPublisher('Report on the festival was presented to the council.')).toBeNull();
  });

  it('no agency named: null', () => {
    expect(detectPublisher('The festival opened in Osh with a concert.')).toBeNull();
  });

  it('the earliest mention wins', () => {
    expect(detectPublisher('The meeting was held in Baku, Azernews reports. Earlier, Trend reported on the preparations.')).toBe('Azernews');
  });
});
