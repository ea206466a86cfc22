import { describe, expect, it } from 'vitest';
import { articlesFrom, fixtureIndex } from '../fixtures.ts';

const ABOUT_TURKSOY =
  'Founded in 1993, TURKSOY is an international organization that unites the Turkic-speaking countries and their peoples. It collaborates closely with UNESCO and maintains partnerships with institutions such as the Organization of Turkic States and the International Turkic Academy.';

describe('buildCorpus: shared boilerplate', () => {
  const articles = articlesFrom(
    ['302_second', ` date 2025-04-02 The Turkic Youth Forum opened in Karakol, Kabar reports.\n\n${ABOUT_TURKSOY}`],
    ['301_first', ` date 2025-04-01 A painting exhibition opened in Samarkand, UzA reports.\n\n${ABOUT_TURKSOY}`],
    ['303_third', ' date 2025-04-03 The Maqom Art Forum opened in Kokand.\n\nThe forum will last two days.'],
  );
  const [first, second, third] = articles;

  it('sorts articles by id', () => {
    expect(articles.map((a) => a.id)).toEqual(['301_first', '302_second', '303_third']);
  });

  it('keeps a paragraph shared word for word once, in the first article by id, citing the others', () => {
    const inFirst = first!.sentences.filter((s) => s.text.startsWith('Founded in 1993') || s.text.startsWith('It collaborates'));
    expect(inFirst).toHaveLength(2);
    for (const s of inFirst) expect(s.alsoIn).toEqual(['302_second']);
    expect(second!.text).not.toContain('Founded in 1993');
    expect(second!.sentences.map((s) => s.text)).toEqual(['The Turkic Youth Forum opened in Karakol, Kabar reports.']);
  });

  it('leaves paragraphs that are not shared alone, with no alsoIn', () => {
    expect(first!.sentences[0]!.alsoIn).toBeUndefined();
    expect(third!.sentences.map((s) => s.text)).toEqual(['The Maqom Art Forum opened in Kokand.', 'The forum will last two days.']);
  });

  it('keeps short shared lines (fewer than 12 words) in every article', () => {
    const [a, b] = articlesFrom(
      ['311_a', ' date 2025-04-01 The forum opened in Osh.\n\nThe event will continue tomorrow.'],
      ['312_b', ' date 2025-04-02 The exhibition opened in Khiva.\n\nThe event will continue tomorrow.'],
    );
    expect(a!.sentences.map((s) => s.text)).toContain('The event will continue tomorrow.');
    expect(b!.sentences.map((s) => s.text)).toContain('The event will continue tomorrow.');
  });
});

describe('buildCorpus: sentences, paragraphs and article fields', () => {
  it('sentence ids are `${articleId}#${index}` and offsets point into the cleaned text', () => {
    for (const a of fixtureIndex().articles) {
      a.sentences.forEach((s, i) => {
        expect(s.id).toBe(`${a.id}#${i}`);
        expect(s.index).toBe(i);
        expect(a.text.slice(s.start, s.end)).toBe(s.text);
        const p = a.paragraphs[s.paragraph]!;
        expect(s.start).toBeGreaterThanOrEqual(p.start);
        expect(s.end).toBeLessThanOrEqual(p.end);
      });
    }
  });

  it('cleaning happens before splitting: no crumbs, stamps, credits or off-topic trailers survive in the fixtures', () => {
    const text = fixtureIndex().articles.map((a) => a.text).join('\n');
    expect(text).not.toMatch(/Home \/|UTC\+0|Photo|Caspian Energy Forum|is a Kabar correspondent|By Laman/);
    // The on-topic trailers stay.
    expect(text).toContain('Earlier, Trend reported that the Shusha meeting of the culture ministers would adopt a roadmap for 2025.');
    expect(text).toContain('As earlier reported, the concert in Bishkek opened the Days of Turkic Music in Kyrgyzstan.');
  });

  it('takes title, url and publisher from front matter', () => {
    const a = fixtureIndex().articles.find((x) => x.id === '102_fixture_front_matter')!;
    expect(a).toMatchObject({ title: 'Bursa hosts Turkic film festival', url: 'https://example.org/news/bursa-turkic-film-festival', publisher: 'Report', date: '2024-05-12' });
  });

  it('detects the publisher from the text and derives a title from the first sentence', () => {
    const byId = new Map(fixtureIndex().articles.map((a) => [a.id, a]));
    expect(byId.get('101_fixture_ministers')!.publisher).toBe('Kazinform');
    expect(byId.get('103_fixture_turksoy_profile')!.publisher).toBe('Azernews');
    expect(byId.get('104_fixture_ots_summit')!.publisher).toBe('Trend');
    expect(byId.get('105_fixture_undated')!.publisher).toBe('UzA');
    expect(byId.get('107_fixture_cleaning')!.publisher).toBe('Kabar');
    // A sentence-case headline line is the first sentence, so it becomes the title.
    expect(byId.get('104_fixture_ots_summit')!.title).toBe('Culture ministers of OTS member states meet in Shusha');
    // A long first sentence is shortened at a word boundary.
    expect(byId.get('101_fixture_ministers')!.title).toBe('The 43rd Meeting of the Permanent Council of Ministers of Culture of TURKSOY took place…');
  });

  it('keeps the undated fixture undated', () => {
    expect(fixtureIndex().articles.find((a) => a.id === '105_fixture_undated')!.date).toBeNull();
  });
});
