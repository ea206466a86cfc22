import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/corpus/split-sentences.ts';

const split = (p: string) => splitSentences(p).map((s) => p.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits plain sentences and keeps offsets into the paragraph', () => {
    const p = 'The forum opened in Osh. It will last three days! Who will attend?';
    expect(split(p)).toEqual(['The forum opened in Osh.', 'It will last three days!', 'Who will attend?']);
    const spans = splitSentences(p);
    expect(spans[1]).toEqual({ start: 25, end: 49 });
  });

  it('does not split after titles and honorifics: Dr., Prof., H.E., Mr.', () => {
    const p = 'Dr. Aibek Toktogulov welcomed H.E. Mr. Sultan Raev and Prof. Gulnara Abdrakhmanova to the hall. The concert began.';
    expect(split(p)).toEqual(['Dr. Aibek Toktogulov welcomed H.E. Mr. Sultan Raev and Prof. Gulnara Abdrakhmanova to the hall.', 'The concert began.']);
  });

  it('does not split initials: "A. Ş. Madaminov"', () => {
    const p = 'The prize went to composer A. Ş. Madaminov of Tashkent. He thanked the jury.';
    expect(split(p)).toEqual(['The prize went to composer A. Ş. Madaminov of Tashkent.', 'He thanked the jury.']);
  });

  it('does not split dotted dates or times: "12.05.2024", "10 a.m."', () => {
    const p = 'The meeting was held in Shusha on 12.05.2024. It started at 10 a.m. on Sunday and ended at noon.';
    expect(split(p)).toEqual(['The meeting was held in Shusha on 12.05.2024.', 'It started at 10 a.m. on Sunday and ended at noon.']);
  });

  it('does not split abbreviations such as "No." and "U.S."', () => {
    const p = 'Decision No. 5 concerns the U.S. delegation and the museum in Bukhara. It was adopted.';
    expect(split(p)).toEqual(['Decision No. 5 concerns the U.S. delegation and the museum in Bukhara.', 'It was adopted.']);
  });

  it('ends a sentence inside a closing quote, and splits a quote from what follows', () => {
    const p = '“Our culture unites us. We will keep working,” said the Secretary General. The ministers agreed.';
    expect(split(p)).toEqual(['“Our culture unites us.', 'We will keep working,” said the Secretary General.', 'The ministers agreed.']);
  });

  it('a period followed by a lower-case word does not end a sentence', () => {
    const p = 'The festival in Khiva vs. the one in Kokand drew large crowds. Both were free.';
    expect(split(p)).toEqual(['The festival in Khiva vs. the one in Kokand drew large crowds.', 'Both were free.']);
  });

  it('keeps "St. Petersburg", "Gen.", "Jan. 5" and "Approx." inside their sentences, and splits after «...»', () => {
    const p = 'The delegation visited St. Petersburg and met Gen. Director A. Karimov. The festival opened on Jan. 5. «Our task is clear», he said. Approx. 500 people came.';
    expect(split(p)).toEqual([
      'The delegation visited St. Petersburg and met Gen. Director A. Karimov.',
      'The festival opened on Jan. 5.',
      '«Our task is clear», he said.',
      'Approx. 500 people came.',
    ]);
  });

  it('returns no spans for text without letters or digits', () => {
    expect(split(' ... ')).toEqual([]);
  });
});
