import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeDigest, remindDaysFor } from '../../src/core/digest/compose-digest.ts';
import { renderDigest } from '../../src/core/digest/render-digest.ts';
import { dueReminders, readForwardSentence, reminderId, upcomingEvents } from '../../src/core/digest/upcoming-events.ts';
import { deliverDueDigests } from '../../src/digest/deliver-digests.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { eventsText } from '../../src/telegram/features/events.ts';
import { knowledgeOf } from '../core/qa/knowledge-of.ts';
import { fakeTelegram, noWait, silentLogger } from './fixtures/delivery.ts';

// The sentence: `ask` finds it, but the fact rules make no event of it.
const ARTICLE: [string, string] = [
  '300_permanent_council.txt',
  ' date 2026-11-20 TURKSOY held a meeting of its Permanent Council in Ankara on 19 November 2026. The next meeting of the Permanent Council will be held in Bishkek on 15 December 2026.',
];
const knowledge = knowledgeOf(ARTICLE);
const NOW = new Date('2026-11-25T09:00:00Z');

describe('upcoming events from announcements', () => {
  it('reads "will be held ... on <date>" and "is scheduled for <date>", not past or undated ones', () => {
    expect(readForwardSentence('The next meeting of the Permanent Council will be held in Bishkek on 15 December 2026.', '2026-11-20', '2026-11-25')).toEqual({
      date: '2026-12-15',
      name: 'Next meeting of the Permanent Council',
      place: 'Bishkek',
      sentence: 'The next meeting of the Permanent Council will be held in Bishkek on 15 December 2026.',
    });
    expect(readForwardSentence('The Turkic Film Festival is scheduled for 3 February 2027.', '2026-11-20', '2026-11-25')?.date).toBe('2027-02-03');
    expect(readForwardSentence('The forum will be held in Baku on 1 November 2026.', '2026-10-01', '2026-11-25')).toBeNull();
    expect(readForwardSentence('The forum will be held in Baku next year.', '2026-10-01', '2026-11-25')).toBeNull();
    expect(readForwardSentence('The forum was held in Baku on 15 December 2026.', '2026-12-16', '2026-11-25')).toBeNull();
  });

  it('lists the Bishkek meeting in /events under Upcoming', () => {
    expect(upcomingEvents(knowledge, NOW).map((e) => [e.name, e.date])).toContainEqual(['Next meeting of the Permanent Council', '2026-12-15']);
    const text = eventsText(knowledge, NOW);
    const upcoming = text.indexOf('<b>Upcoming</b>');
    expect(upcoming).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('<b>15 December 2026</b>: Next meeting of the Permanent Council, Bishkek')).toBeGreaterThan(upcoming);
  });

  it('puts it in the digest\'s Coming up section while it is weeks away', () => {
    const digest = composeDigest({ knowledge, chatId: 1, announced: new Set(), now: NOW })!;
    expect(digest.upcoming.map((e) => e.name)).toContain('Next meeting of the Permanent Council');
    expect(digest.reminders).toEqual([]);
    expect(renderDigest(digest).join('\n')).toContain('Coming up');
  });

  it('reminds a chat once, a few days before, even when nothing new was published', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tcb-remind-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const store = SqliteStore.open(join(dir, 'remind.sqlite'));
    const chat = -1009;
    await store.subscribe({ chatId: chat, chatType: 'supergroup', cadence: 'daily', now: new Date('2026-11-24T10:00:00Z') });
    const telegram = fakeTelegram();
    const run = (at: string) =>
      deliverDueDigests({ store, getKnowledge: () => knowledge, sendMessage: telegram.sendMessage, limiter: noWait, logger: silentLogger, now: () => new Date(at), sleep: async () => undefined });
    await run('2026-11-25T09:01:00Z'); // the article is new: its digest, the meeting under "Coming up"
    await run('2026-12-10T09:01:00Z'); // five days before: nothing new, no reminder yet
    await run('2026-12-12T09:01:00Z'); // three days before: the reminder
    await run('2026-12-13T09:01:00Z'); // not again
    await run('2026-12-14T09:01:00Z');
    const reminders = telegram.sent.filter((m) => m.html.includes('Reminder'));
    expect(telegram.sent).toHaveLength(2);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.html).toContain('Next meeting of the Permanent Council');
    const [event] = upcomingEvents(knowledge, NOW).filter((e) => e.date === '2026-12-15');
    expect((await store.announcedArticleIds(chat)).has(reminderId(event!))).toBe(true);
  });

  it('reminds a weekly chat in the digest of the week before, so an event between two Mondays is not missed', () => {
    // Friday 18 December 2026: the Mondays around it are 4 days before and 3 days after.
    const friday = { key: 'sentence:x#0', date: '2026-12-18', name: 'Friday Gala', place: null, sentence: 'The gala will be held on 18 December 2026.', articleId: 'x' };
    const monday = new Date('2026-12-14T09:00:00Z');
    expect(dueReminders([friday], monday, new Set(), remindDaysFor('daily'))).toEqual([]);
    expect(dueReminders([friday], monday, new Set(), remindDaysFor('weekly'))).toEqual([friday]);
    expect(dueReminders([friday], monday, new Set([reminderId(friday)]), remindDaysFor('weekly'))).toEqual([]);
  });
});
