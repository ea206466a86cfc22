import { describe, expect, it } from 'vitest';
import { composeDigest, planDigest } from '../../src/core/digest/compose-digest.ts';
import { describeFilter, parseDigestFilter, splitFilterText } from '../../src/core/digest/digest-filter.ts';
import { reminderId, upcomingEvents } from '../../src/core/digest/upcoming-events.ts';
import { makeKnowledge, type ArticleSpec } from './fixtures/knowledge.ts';

const NOW = new Date('2025-11-25T09:00:00Z');
const CHAT = -1001234;

/** Six new articles, one event each (but the last), of different countries, organizations and kinds. */
const ARTICLES: ArticleSpec[] = [
  {
    id: '010_film',
    date: '2025-11-20',
    title: 'Korkut Ata Turkic World Film Festival opens in Baku',
    events: [{ name: 'Korkut Ata Turkic World Film Festival', date: '2025-11-19', place: 'Baku', eventType: 'festival', country: 'Azerbaijan', sentence: 'The Korkut Ata Turkic World Film Festival opened in Baku.' }],
    more: 'Movies from Kazakh and Turkish studios compete for the main prize.',
  },
  {
    id: '011_folk',
    date: '2025-11-21',
    events: [{ name: 'Kharibulbul Folklore Festival', date: '2025-11-20', place: 'Shusha', eventType: 'festival', sentence: 'The Kharibulbul Folklore Festival was held in Shusha.' }],
  },
  {
    id: '012_summit',
    date: '2025-11-22',
    events: [{ name: 'Gabala Summit', date: '2025-11-21', place: 'Gabala', eventType: 'summit', organizer: 'Organization of Turkic States', sentence: 'Leaders of the Organization of Turkic States met at the Gabala Summit.' }],
  },
  {
    id: '013_youth',
    date: '2025-11-23',
    events: [{ name: 'Turkic World Youth Meeting', date: '2025-11-22', place: 'Almaty', eventType: 'meeting', organizer: 'TURKSOY', sentence: 'TÜRKSOY held the Turkic World Youth Meeting in Almaty.' }],
  },
  {
    id: '014_expo',
    date: '2025-11-24',
    events: [{ name: 'Carpet Exhibition', date: '2025-11-23', place: 'Ankara', eventType: 'exhibition', sentence: 'A carpet exhibition of Turkey opened in Ankara.' }],
  },
  {
    // One sentence lists two events: the film in one name must not make the other film news.
    id: '015_list',
    date: '2025-11-24',
    events: [
      { name: 'Vagif Poetry Days', date: '2025-11-23', eventType: 'days', sentence: 'Events included the Korkut Ata Film Week and the Vagif Poetry Days in Shusha.' },
      { name: 'Korkut Ata Film Week', date: '2025-11-23', eventType: 'week', sentence: 'Events included the Korkut Ata Film Week and the Vagif Poetry Days in Shusha.' },
    ],
  },
];

const knowledge = makeKnowledge(ARTICLES);
const passing = (...clauses: string[]): string[] =>
  composeDigest({ knowledge, chatId: CHAT, announced: new Set(), now: NOW, filter: parseDigestFilter(clauses, knowledge) })?.events.map((e) => e.name).sort() ?? [];

describe('digest filters', () => {
  it('lets every event through without a filter', () => {
    expect(passing()).toHaveLength(7);
  });

  it('filters by country: named in the facts or the article, its demonym, a city of it, any alias (Turkey = Türkiye)', () => {
    // Almaty is in Kazakhstan; the film festival's article speaks of Kazakh studios (its only event).
    expect(passing('Kazakhstan')).toEqual(['Korkut Ata Turkic World Film Festival', 'Turkic World Youth Meeting']);
    expect(passing('Türkiye')).toEqual(['Carpet Exhibition', 'Korkut Ata Turkic World Film Festival']);
    expect(passing('Turkey')).toEqual(passing('Türkiye'));
    expect(passing('turkish')).toEqual(passing('Türkiye'));
    // Gabala, Shusha and Baku are in Azerbaijan ("... the Vagif Poetry Days in Shusha" places both listed events).
    expect(passing('Azerbaijan')).toEqual(['Gabala Summit', 'Kharibulbul Folklore Festival', 'Korkut Ata Film Week', 'Korkut Ata Turkic World Film Festival', 'Vagif Poetry Days']);
  });

  it('filters by organization, under any of its names (TÜRKSOY = TURKSOY = International Organization of Turkic Culture; OTS)', () => {
    expect(passing('TURKSOY')).toEqual(['Turkic World Youth Meeting']);
    expect(passing('TÜRKSOY')).toEqual(['Turkic World Youth Meeting']);
    expect(passing('International Organization of Turkic Culture')).toEqual(['Turkic World Youth Meeting']);
    expect(passing('OTS')).toEqual(['Gabala Summit']);
  });

  it('filters by kind of event, from the event itself: its type or its name, plurals and synonyms too', () => {
    expect(passing('festival')).toEqual(['Kharibulbul Folklore Festival', 'Korkut Ata Turkic World Film Festival']);
    expect(passing('festivals')).toEqual(passing('festival'));
    expect(passing('summit')).toEqual(['Gabala Summit']);
    expect(passing('gathering')).toEqual(['Turkic World Youth Meeting']);
    expect(passing('exhibitions')).toEqual(['Carpet Exhibition']);
  });

  it('filters by keyword, with the answer path’s stems and thesaurus (movie = film = cinema)', () => {
    expect(passing('film')).toEqual(['Korkut Ata Film Week', 'Korkut Ata Turkic World Film Festival']);
    expect(passing('movie')).toEqual(passing('film'));
    expect(passing('carpets')).toEqual(['Carpet Exhibition']);
  });

  it('needs every term of a clause, and any one clause: "film festival", "Kazakhstan, TURKSOY"', () => {
    expect(passing('film festival')).toEqual(['Korkut Ata Turkic World Film Festival']);
    expect(passing('Kazakhstan', 'TURKSOY')).toEqual(['Korkut Ata Turkic World Film Festival', 'Turkic World Youth Meeting']);
    expect(passing('summit', 'exhibition')).toEqual(['Carpet Exhibition', 'Gabala Summit']);
    expect(passing('Azerbaijan festival')).toEqual(['Kharibulbul Folklore Festival', 'Korkut Ata Turkic World Film Festival']);
  });

  it('reads filters in the languages the bot reads questions in', () => {
    expect(passing('Казахстан')).toEqual(passing('Kazakhstan'));
    expect(passing('ТЮРКСОЙ')).toEqual(passing('TURKSOY'));
    expect(passing('фестиваль')).toEqual(passing('festival'));
    expect(passing('Türkiye festivali')).toEqual(['Korkut Ata Turkic World Film Festival']);
  });

  it('says how it understood a filter, and which clause it could not read', () => {
    const filter = parseDigestFilter(splitFilterText('film festival, Kazakhstan; TÜRKSOY,, film festival'), knowledge);
    expect(describeFilter(filter)).toBe('film (word) + festival (event kind) · Kazakhstan (country) · TURKSOY (organization)');
    expect(parseDigestFilter(['news about the'], knowledge).clauses[0]!.terms).toEqual([]);
    // A clause it cannot read lets nothing through, rather than everything.
    expect(passing('the')).toEqual([]);
  });
});

describe('planDigest with a filter', () => {
  it('sends nothing when nothing passes, and records the new articles as known', () => {
    const plan = planDigest({ knowledge, chatId: CHAT, announced: new Set(), now: NOW, filter: parseDigestFilter(['Mongolia'], knowledge) });
    expect(plan.digest).toBeNull();
    expect(plan.quietIds).toEqual(ARTICLES.map((a) => a.id).sort());
    expect(plan.filteredOut).toBe(7);
  });

  it('keeps the articles of filtered-out events in the digest, so they are recorded with it', () => {
    const digest = composeDigest({ knowledge, chatId: CHAT, announced: new Set(), now: NOW, filter: parseDigestFilter(['summit'], knowledge) })!;
    expect(digest.events.map((e) => e.name)).toEqual(['Gabala Summit']);
    expect(digest.articleIds).toEqual(ARTICLES.map((a) => a.id).sort());
    expect(digest.filteredOut).toBe(6);
  });

  it('gives a topic another digest id than the main thread, and the main thread the id it had before topics', () => {
    const main = composeDigest({ knowledge, chatId: CHAT, announced: new Set(), now: NOW })!;
    const topic = composeDigest({ knowledge, chatId: CHAT, threadId: 7, announced: new Set(), now: NOW })!;
    expect(main.threadId).toBe(0);
    expect(topic.digestId).not.toBe(main.digestId);
  });

  it('filters upcoming events and reminders too, recording the reminders it kept out', () => {
    const ahead = makeKnowledge([
      { id: '020_a', date: '2025-11-20', events: [{ name: 'Culture Ministers Summit', date: '2025-11-27', place: 'Bishkek', eventType: 'summit', sentence: 'The Culture Ministers Summit will be held in Bishkek on 27 November 2025.' }] },
      { id: '021_b', date: '2025-11-20', events: [{ name: 'Nowruz Concert', date: '2025-11-26', place: 'Baku', eventType: 'concert', sentence: 'The Nowruz Concert will take place in Baku on 26 November 2025.' }] },
    ]);
    const all = new Set(['020_a', '021_b']);
    const plan = planDigest({ knowledge: ahead, chatId: CHAT, announced: all, now: NOW, filter: parseDigestFilter(['summit'], ahead) });
    expect(plan.digest!.reminders.map((e) => e.name)).toEqual(['Culture Ministers Summit']);
    expect(plan.digest!.upcoming).toEqual([]);
    const concert = upcomingEvents(ahead, NOW).find((e) => e.name === 'Nowruz Concert')!;
    expect(plan.digest!.skippedReminderIds).toEqual([reminderId(concert)]);

    // Nothing passes at all: no digest, and the reminder kept out is recorded as skipped.
    const none = planDigest({ knowledge: ahead, chatId: CHAT, announced: all, now: NOW, filter: parseDigestFilter(['festival'], ahead) });
    expect(none.digest).toBeNull();
    expect(none.quietIds.sort()).toEqual(upcomingEvents(ahead, NOW).map(reminderId).sort());
  });
});
