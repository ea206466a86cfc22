/**
 * The behaviour every Store backend must have. Run by sqlite-store.test.ts and postgres-store.test.ts
 * against a fresh database each; tests use their own chat ids so they do not see each other's rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';

const T0 = new Date('2026-01-05T08:00:00.000Z');
const T1 = new Date('2026-01-05T09:00:00.000Z');
const T2 = new Date('2026-01-06T09:00:00.000Z');

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} store contract`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('opens again on a migrated database without applying anything twice', async () => {
      const again = await open();
      await again.close();
      await expect(store.listSubscriptions()).resolves.toBeInstanceOf(Array);
    });

    it('subscribes a chat with default settings and lists only active subscriptions', async () => {
      const sub = await store.subscribe({ chatId: 101, chatType: 'private', cadence: 'weekly', now: T0 });
      expect(sub).toEqual({ chatId: 101, threadId: 0, chatType: 'private', cadence: 'weekly', createdAt: T0.toISOString(), lastRunAt: null, hour: 9, timeZone: 'UTC', language: 'en', filters: [] });
      await store.subscribe({ chatId: 102, chatType: 'group', cadence: 'daily', now: T0 });
      await store.removeChat(102, 'unsubscribed', T1);
      const ids = (await store.listSubscriptions()).map((s) => s.chatId);
      expect(ids).toContain(101);
      expect(ids).not.toContain(102);
      expect(await store.getSubscription(102)).toBeNull();
    });

    it('keeps the start time when an active subscription changes cadence, and restarts it after an end', async () => {
      await store.subscribe({ chatId: 111, chatType: 'group', cadence: 'weekly', now: T0 });
      await store.setLastRun(111, T1);
      const changed = await store.subscribe({ chatId: 111, chatType: 'group', cadence: 'daily', now: T2 });
      expect(changed).toMatchObject({ cadence: 'daily', createdAt: T0.toISOString(), lastRunAt: T1.toISOString() });
      await store.removeChat(111, '403: Forbidden: bot was kicked', T2);
      const renewed = await store.subscribe({ chatId: 111, chatType: 'group', cadence: 'weekly', now: T2 });
      expect(renewed).toMatchObject({ cadence: 'weekly', createdAt: T2.toISOString(), lastRunAt: null });
    });

    it('stores chat settings and shows them on the subscription', async () => {
      expect(await store.getChatSettings(121)).toEqual({ hour: 9, timeZone: 'UTC', language: 'en' });
      await store.updateChatSettings(121, { hour: 18 }, T0);
      const settings = await store.updateChatSettings(121, { timeZone: 'Asia/Baku', language: 'ru' }, T1);
      expect(settings).toEqual({ hour: 18, timeZone: 'Asia/Baku', language: 'ru' });
      expect(await store.getChatSettings(121)).toEqual(settings);
      const sub = await store.subscribe({ chatId: 121, chatType: 'supergroup', cadence: 'daily', now: T1 });
      expect(sub).toMatchObject({ hour: 18, timeZone: 'Asia/Baku', language: 'ru' });
    });

    it('remembers a chat\'s chosen language apart from its defaults, and shows it in the settings and on the subscription', async () => {
      // No choice yet: null, so the bot can follow the user's Telegram language instead of a default 'en'.
      expect(await store.getChatLanguage(125)).toBeNull();
      await store.updateChatSettings(125, { hour: 6 }, T0);
      expect(await store.getChatLanguage(125)).toBeNull();
      await store.setChatLanguage(125, 'tr', T0);
      await store.setChatLanguage(125, 'kk', T1);
      expect(await store.getChatLanguage(125)).toBe('kk');
      expect(await store.getChatSettings(125)).toEqual({ hour: 6, timeZone: 'UTC', language: 'kk' });
      expect(await store.subscribe({ chatId: 125, chatType: 'private', cadence: 'daily', now: T1 })).toMatchObject({ hour: 6, language: 'kk' });
      // /settings lang is the same choice.
      await store.updateChatSettings(125, { language: 'uz' }, T2);
      expect(await store.getChatLanguage(125)).toBe('uz');
      expect((await store.listSubscriptions()).find((s) => s.chatId === 125)?.language).toBe('uz');
      // Another chat is not affected.
      expect(await store.getChatLanguage(126)).toBeNull();
    });

    it('keeps /language auto as the chat\'s choice, over an older /settings lang underneath', async () => {
      await store.updateChatSettings(128, { language: 'uz' }, T0);
      await store.subscribe({ chatId: 128, chatType: 'private', cadence: 'daily', now: T0 });
      await store.setChatLanguage(128, 'auto', T1);
      // Had the choice been deleted, the digest would have gone back to the old 'uz'.
      expect(await store.getChatLanguage(128)).toBe('auto');
      expect((await store.getChatSettings(128)).language).toBe('auto');
      expect((await store.listSubscriptions()).find((s) => s.chatId === 128)?.language).toBe('auto');
    });

    it('moves the chosen language with a group that becomes a supergroup', async () => {
      await store.setChatLanguage(-127, 'az', T0);
      await store.migrateChat(-127, -100127);
      expect(await store.getChatLanguage(-100127)).toBe('az');
      expect(await store.getChatLanguage(-127)).toBeNull();
    });

    it('round-trips supergroup ids beyond 32 bits', async () => {
      const id = -1001987654321;
      await store.subscribe({ chatId: id, chatType: 'supergroup', cadence: 'daily', now: T0 });
      expect((await store.getSubscription(id))?.chatId).toBe(id);
      await store.markArticlesAnnounced(id, ['000_a'], 'd', T0);
      expect([...(await store.announcedArticleIds(id))]).toEqual(['000_a']);
    });

    it('records announced articles once each, per chat', async () => {
      await store.markArticlesAnnounced(131, ['000_a', '001_b'], 'd1', T0);
      await store.markArticlesAnnounced(131, ['001_b', '002_c'], 'd2', T1);
      expect([...(await store.announcedArticleIds(131))].sort()).toEqual(['000_a', '001_b', '002_c']);
      expect((await store.announcedArticleIds(132)).size).toBe(0);
      await store.markArticlesAnnounced(131, [], 'd3', T1);
      expect((await store.announcedArticleIds(131)).size).toBe(3);
    });

    it('records a digest pending once, keeps its parts, and walks it through sent and announced', async () => {
      const first = await store.recordDigestPending({ chatId: 141, digestId: 'dg1', articleIds: ['000_a', '001_b'], parts: ['<b>one</b>', 'two'], createdAt: T0 });
      expect(first).toMatchObject({ status: 'pending', parts: ['<b>one</b>', 'two'], messageIds: [], announced: false, sentAt: null });
      const again = await store.recordDigestPending({ chatId: 141, digestId: 'dg1', articleIds: ['x'], parts: ['changed'], createdAt: T1 });
      expect(again).toEqual(first);

      await store.recordDigestProgress(141, 'dg1', [501]);
      expect((await store.unfinishedDigests(141)).map((d) => [d.digestId, d.status, d.messageIds])).toEqual([['dg1', 'pending', [501]]]);

      await store.markDigestSent(141, 'dg1', [501, 502], T1);
      const sent = await store.getDigest(141, 'dg1');
      expect(sent).toMatchObject({ status: 'sent', messageIds: [501, 502], sentAt: T1.toISOString(), announced: false });
      // Sent but its articles not yet marked: still unfinished, so a restarted run completes it.
      expect((await store.unfinishedDigests(141)).map((d) => d.digestId)).toEqual(['dg1']);

      await store.markArticlesAnnounced(141, sent!.articleIds, 'dg1', T1);
      expect(await store.unfinishedDigests(141)).toEqual([]);
      expect((await store.getDigest(141, 'dg1'))?.announced).toBe(true);
      expect(await store.getDigest(141, 'nope')).toBeNull();
    });

    it('counts rejected attempts at a pending digest, and records it failed with the messages sent before', async () => {
      await store.recordDigestPending({ chatId: 145, digestId: 'bad', articleIds: ['000_a'], parts: ['ok', '<b>broken'], createdAt: T0 });
      expect((await store.getDigest(145, 'bad'))).toMatchObject({ attempts: 0, lastError: null });
      expect(await store.recordDigestAttempt(145, 'bad', "400: Bad Request: can't parse entities")).toBe(1);
      expect(await store.recordDigestAttempt(145, 'bad', "400: Bad Request: can't parse entities")).toBe(2);
      expect(await store.recordDigestAttempt(145, 'nope', 'x')).toBe(0);

      await store.markDigestFailed(145, 'bad', [601], "400: Bad Request: can't parse entities");
      expect(await store.getDigest(145, 'bad')).toMatchObject({ status: 'failed', attempts: 2, messageIds: [601], lastError: "400: Bad Request: can't parse entities", announced: false });
      // Failed, not yet announced: unfinished until its articles are let go.
      expect((await store.unfinishedDigests(145)).map((d) => d.status)).toEqual(['failed']);
      await store.markArticlesAnnounced(145, ['000_a'], 'bad', T1);
      expect(await store.unfinishedDigests(145)).toEqual([]);
      // A failed digest is not counted again, nor turned back.
      expect(await store.recordDigestAttempt(145, 'bad', 'x')).toBe(0);
    });

    it('moves everything to the new id when a group becomes a supergroup, and tolerates seeing it twice', async () => {
      await store.subscribe({ chatId: -151, chatType: 'group', cadence: 'daily', now: T0 });
      await store.updateChatSettings(-151, { hour: 7 }, T0);
      await store.markArticlesAnnounced(-151, ['000_a'], 'd0', T0);
      await store.recordDigestPending({ chatId: -151, digestId: 'dgm', articleIds: ['001_b'], parts: ['p'], createdAt: T0 });
      await store.migrateChat(-151, -100151);
      await store.migrateChat(-151, -100151);
      expect(await store.getSubscription(-151)).toBeNull();
      expect(await store.getSubscription(-100151)).toMatchObject({ chatType: 'supergroup', cadence: 'daily', hour: 7 });
      expect([...(await store.announcedArticleIds(-100151))]).toEqual(['000_a']);
      expect((await store.announcedArticleIds(-151)).size).toBe(0);
      expect((await store.unfinishedDigests(-100151)).map((d) => d.digestId)).toEqual(['dgm']);
      expect(await store.unfinishedDigests(-151)).toEqual([]);
    });

    it('keeps what the new chat already has when both ids are known', async () => {
      await store.subscribe({ chatId: -161, chatType: 'group', cadence: 'daily', now: T0 });
      await store.subscribe({ chatId: -100161, chatType: 'supergroup', cadence: 'weekly', now: T1 });
      await store.markArticlesAnnounced(-161, ['000_a', '001_b'], 'd', T0);
      await store.markArticlesAnnounced(-100161, ['001_b'], 'd', T0);
      await store.migrateChat(-161, -100161);
      expect(await store.getSubscription(-100161)).toMatchObject({ cadence: 'weekly', createdAt: T1.toISOString() });
      expect(await store.getSubscription(-161)).toBeNull();
      expect([...(await store.announcedArticleIds(-100161))].sort()).toEqual(['000_a', '001_b']);
    });

    it('drops pending digests when a chat is removed, and keeps sent ones as history', async () => {
      await store.subscribe({ chatId: 171, chatType: 'private', cadence: 'daily', now: T0 });
      await store.recordDigestPending({ chatId: 171, digestId: 'old', articleIds: ['a'], parts: ['p'], createdAt: T0 });
      await store.markDigestSent(171, 'old', [1], T0);
      await store.recordDigestPending({ chatId: 171, digestId: 'new', articleIds: ['b'], parts: ['p'], createdAt: T1 });
      await store.removeChat(171, '403: Forbidden: bot was blocked by the user', T1);
      expect(await store.getSubscription(171)).toBeNull();
      expect(await store.getDigest(171, 'new')).toBeNull();
      expect((await store.getDigest(171, 'old'))?.status).toBe('sent');
    });

    it('keeps one subscription per forum topic, each with its own filters, schedule, run and announced articles', async () => {
      const chat = -1009001;
      const film = { chatId: chat, threadId: 17 };
      const news = { chatId: chat, threadId: 42 };
      await store.updateChatSettings(chat, { hour: 8, timeZone: 'Asia/Almaty', language: 'ru' }, T0);
      await store.subscribe({ chatId: chat, chatType: 'supergroup', cadence: 'weekly', now: T0 });
      const a = await store.subscribe({ ...film, chatType: 'supergroup', cadence: 'daily', filters: ['film festival'], now: T0 });
      const b = await store.subscribe({ ...news, chatType: 'supergroup', cadence: 'weekly', filters: ['Kazakhstan', 'TURKSOY'], now: T1 });
      expect(a).toMatchObject({ chatId: chat, threadId: 17, cadence: 'daily', filters: ['film festival'], hour: 8, timeZone: 'Asia/Almaty', language: 'ru' });
      expect(b).toMatchObject({ threadId: 42, filters: ['Kazakhstan', 'TURKSOY'], createdAt: T1.toISOString() });
      // A plain chat id is the main thread.
      expect(await store.getSubscription(chat)).toMatchObject({ threadId: 0, cadence: 'weekly', filters: [] });
      expect((await store.listSubscriptions()).filter((s) => s.chatId === chat).map((s) => s.threadId)).toEqual([0, 17, 42]);

      // A topic's own hour and time zone; the language stays the chat's.
      expect(await store.updateSubscription(film, { hour: 20, timeZone: 'Europe/Istanbul' })).toMatchObject({ hour: 20, timeZone: 'Europe/Istanbul', language: 'ru' });
      expect(await store.getSubscription(news)).toMatchObject({ hour: 8, timeZone: 'Asia/Almaty' });
      expect(await store.updateSubscription(news, { filters: [] })).toMatchObject({ filters: [] });
      expect(await store.updateSubscription({ chatId: chat, threadId: 99 }, { filters: ['x'] })).toBeNull();
      // Renewing without filters keeps them; with filters replaces them.
      expect(await store.subscribe({ ...film, chatType: 'supergroup', cadence: 'weekly', now: T2 })).toMatchObject({ filters: ['film festival'], createdAt: T0.toISOString(), hour: 20 });
      expect(await store.subscribe({ ...film, chatType: 'supergroup', cadence: 'weekly', filters: ['summit'], now: T2 })).toMatchObject({ filters: ['summit'] });

      await store.setLastRun(film, T1);
      expect((await store.getSubscription(film))?.lastRunAt).toBe(T1.toISOString());
      expect((await store.getSubscription(news))?.lastRunAt).toBeNull();
      await store.markArticlesAnnounced(film, ['000_a'], 'd-film', T1);
      await store.markArticlesAnnounced(news, ['001_b'], 'd-news', T1);
      expect([...(await store.announcedArticleIds(film))]).toEqual(['000_a']);
      expect([...(await store.announcedArticleIds(news))]).toEqual(['001_b']);
      expect((await store.announcedArticleIds(chat)).size).toBe(0);

      await store.recordDigestPending({ ...film, digestId: 'dg-film', articleIds: ['002_c'], parts: ['p'], createdAt: T1 });
      await store.recordDigestPending({ ...news, digestId: 'dg-news', articleIds: ['002_c'], parts: ['p'], createdAt: T1 });
      expect((await store.unfinishedDigests(film)).map((d) => [d.digestId, d.threadId])).toEqual([['dg-film', 17]]);
      expect((await store.getDigest(chat, 'dg-news'))?.threadId).toBe(42);
      expect(await store.unfinishedDigests(chat)).toEqual([]);

      // The topic's subscription ends (deleted topic); the chat's other ones go on.
      await store.endSubscription(film, '400: Bad Request: message thread not found', T2);
      expect(await store.getSubscription(film)).toBeNull();
      expect(await store.getDigest(chat, 'dg-film')).toBeNull();
      expect(await store.getSubscription(news)).not.toBeNull();
      expect(await store.getSubscription(chat)).not.toBeNull();

      // The bot removed from the chat: every topic's subscription ends.
      await store.removeChat(chat, 'bot kicked', T2);
      expect((await store.listSubscriptions()).filter((s) => s.chatId === chat)).toEqual([]);
    });

    it('moves every topic when a group becomes a supergroup', async () => {
      await store.subscribe({ chatId: -191, chatType: 'group', cadence: 'daily', now: T0 });
      await store.subscribe({ chatId: -191, threadId: 5, chatType: 'group', cadence: 'weekly', filters: ['forum'], now: T0 });
      await store.markArticlesAnnounced({ chatId: -191, threadId: 5 }, ['000_a'], 'd', T0);
      await store.migrateChat(-191, -100191);
      expect(await store.getSubscription({ chatId: -100191, threadId: 5 })).toMatchObject({ chatType: 'supergroup', filters: ['forum'] });
      expect(await store.getSubscription(-100191)).toMatchObject({ cadence: 'daily' });
      expect([...(await store.announcedArticleIds({ chatId: -100191, threadId: 5 }))]).toEqual(['000_a']);
      expect((await store.announcedArticleIds(-100191)).size).toBe(0);
    });

    it('lets one holder at a time run under a chat lock, and frees it after an error', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const holder = store.withChatLock(181, async () => {
        await gate;
        return 'first';
      });
      await new Promise((r) => setTimeout(r, 50));
      expect(await store.withChatLock(181, async () => 'second')).toEqual({ locked: false });
      expect(await store.withChatLock(182, async () => 'other chat')).toEqual({ locked: true, value: 'other chat' });
      release();
      expect(await holder).toEqual({ locked: true, value: 'first' });
      await expect(store.withChatLock(181, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect(await store.withChatLock(181, async () => 'after error')).toEqual({ locked: true, value: 'after error' });
    });

    it('logs questions, keeps one vote per user per answer (the latest), and lists them with their votes', async () => {
      const base = { language: 'en', chatType: 'private' as const, confidence: 0.9, sourceIds: ['000_a'], userHash: 'h-asker' };
      await store.recordQuestion({ ...base, id: 'q1', askedAt: T0.toISOString(), question: 'Is 5 < 6 & 7 > 3?', found: false, confidence: 0, sourceIds: [] });
      await store.recordQuestion({ ...base, id: 'q2', askedAt: T1.toISOString(), question: 'Who leads TURKSOY?', found: true });
      await store.recordQuestion({ ...base, id: 'q2', askedAt: T2.toISOString(), question: 'again', found: false });
      expect(await store.recordVote('q2', 'h-a', 1, T1)).toBe(true);
      expect(await store.recordVote('q2', 'h-a', 1, T1)).toBe(true);
      expect(await store.recordVote('q2', 'h-b', 1, T1)).toBe(true);
      expect(await store.recordVote('q2', 'h-a', -1, T2)).toBe(true);
      expect(await store.recordVote('nope', 'h-a', 1, T2)).toBe(false);
      const listed = await store.questionsSince(T0);
      expect(listed.map((q) => q.id)).toEqual(['q2', 'q1']);
      expect(listed[0]).toMatchObject({ question: 'Who leads TURKSOY?', found: true, askedAt: T1.toISOString(), sourceIds: ['000_a'], up: 1, down: 1, userHash: 'h-asker' });
      expect(listed[1]).toMatchObject({ question: 'Is 5 < 6 & 7 > 3?', found: false, up: 0, down: 0 });
      expect((await store.questionsSince(T1)).map((q) => q.id)).toEqual(['q2']);
    });
  });
}
