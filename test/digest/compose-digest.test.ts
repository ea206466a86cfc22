import { describe, expect, it } from 'vitest';
import { baselineArticleIds, composeDigest, digestIdFor, shortenSentence } from '../../src/core/digest/compose-digest.ts';
import { BASE_ARTICLES, makeKnowledge } from './fixtures/knowledge.ts';

const NOW = new Date('2025-11-25T09:00:00Z');
const CHAT = -1001234;

describe('composeDigest', () => {
  it('lists the events of new articles newest first, with date, name, place, summary, publisher and article', () => {
    const digest = composeDigest({ knowledge: makeKnowledge(BASE_ARTICLES), chatId: CHAT, announced: new Set(), now: NOW });
    expect(digest).not.toBeNull();
    expect(digest!.events.map((e) => e.name)).toEqual(['Film Leaders Meeting', 'Vagif Poetry Days', 'Turkic World Youth Meeting']);
    expect(digest!.events[1]).toMatchObject({
      date: '2025-11-18',
      name: 'Vagif Poetry Days',
      place: 'Shusha',
      summary: 'Vagif Poetry Days were organized in Shusha.',
      publisher: 'AzerNews',
      articleId: '001_bbbbbbbbbbbbbbbb',
    });
    expect(digest!.articleIds).toEqual(['000_aaaaaaaaaaaaaaaa', '001_bbbbbbbbbbbbbbbb', '002_cccccccccccccccc']);
  });

  it('leaves out events of articles already announced, and lists upcoming ones from them separately', () => {
    const knowledge = makeKnowledge([
      ...BASE_ARTICLES,
      { id: '003_dddddddddddddddd', date: '2025-11-24', publisher: 'Kabar', events: [{ name: 'Nowruz Concert', date: '2025-11-23', place: 'Bishkek', sentence: 'A Nowruz concert was held in Bishkek.' }] },
    ]);
    const announced = new Set(['000_aaaaaaaaaaaaaaaa', '001_bbbbbbbbbbbbbbbb', '002_cccccccccccccccc']);
    const digest = composeDigest({ knowledge, chatId: CHAT, announced, now: NOW })!;
    expect(digest.events.map((e) => e.name)).toEqual(['Nowruz Concert']);
    expect(digest.articleIds).toEqual(['003_dddddddddddddddd']);
    // The March 2026 meeting was announced in an older article and still lies ahead.
    expect(digest.upcoming.map((e) => [e.name, e.date])).toEqual([['Film Leaders Meeting', '2026-03-02']]);
  });

  it('returns null when nothing is new, or when the new articles hold no event', () => {
    const knowledge = makeKnowledge(BASE_ARTICLES);
    expect(composeDigest({ knowledge, chatId: CHAT, announced: new Set(knowledge.articles.keys()), now: NOW })).toBeNull();
    const onlyQuiet = new Set(['000_aaaaaaaaaaaaaaaa', '001_bbbbbbbbbbbbbbbb']);
    expect(composeDigest({ knowledge, chatId: CHAT, announced: onlyQuiet, now: NOW })).toBeNull();
  });

  it('gives the same digest id for the same chat and new articles, whatever the order or the time', () => {
    const knowledge = makeKnowledge(BASE_ARTICLES);
    const a = composeDigest({ knowledge, chatId: CHAT, announced: new Set(), now: NOW })!;
    const b = composeDigest({ knowledge, chatId: CHAT, announced: new Set(), now: new Date('2025-12-01T00:00:00Z') })!;
    expect(a.digestId).toBe(b.digestId);
    expect(digestIdFor(CHAT, ['b', 'a'])).toBe(digestIdFor(CHAT, ['a', 'b']));
    expect(digestIdFor(CHAT, ['a'])).not.toBe(digestIdFor(CHAT + 1, ['a']));
    expect(digestIdFor(CHAT, ['a'])).not.toBe(digestIdFor(CHAT, ['a', 'b']));
  });

  it('lists the same event once when two new articles report it', () => {
    const knowledge = makeKnowledge([
      { id: '000_a', date: '2025-11-10', events: [{ name: 'Turkic Film Forum', date: '2025-11-09', sentence: 'The Turkic Film Forum opened.' }] },
      { id: '001_b', date: '2025-11-11', events: [{ name: 'Turkic film forum', date: '2025-11-09', sentence: 'The forum opened in Baku.' }] },
    ]);
    const digest = composeDigest({ knowledge, chatId: 1, announced: new Set(), now: NOW })!;
    expect(digest.events).toHaveLength(1);
  });

  it('lists every new event, however many: none is left out (they would never be shown again)', () => {
    const events = Array.from({ length: 35 }, (_, i) => ({ name: `Event ${i}`, date: `2025-10-${String((i % 28) + 1).padStart(2, '0')}`, sentence: `Event ${i} happened.` }));
    const digest = composeDigest({ knowledge: makeKnowledge([{ id: '000_a', date: '2025-10-31', events }]), chatId: 1, announced: new Set(), now: NOW })!;
    expect(digest.events).toHaveLength(35);
    expect(new Set(digest.events.map((e) => e.name)).size).toBe(35);
  });
});

describe('shortenSentence', () => {
  it('keeps short sentences and cuts long ones at a word with an ellipsis', () => {
    expect(shortenSentence('  A  short\nsentence. ', 50)).toBe('A short sentence.');
    const long = 'The ministers of culture of the Turkic states met in Baku to discuss a shared calendar of festivals and exhibitions.';
    const cut = shortenSentence(long, 60);
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });
});

describe('baselineArticleIds', () => {
  it('counts everything but the last two weeks as known for a new subscriber; undated articles too', () => {
    const knowledge = makeKnowledge([
      { id: '000_old', date: '2025-01-01' },
      { id: '001_recent', date: '2025-11-20' },
      { id: '002_undated', date: null },
    ]);
    expect(baselineArticleIds(knowledge, NOW)).toEqual(['000_old', '002_undated']);
  });
});
