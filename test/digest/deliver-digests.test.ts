import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { TelegramError } from 'telegraf';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { deliverDueDigests, previewDueDigests, type DeliverDeps } from '../../src/digest/deliver-digests.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { crashingStore, fakeTelegram, noWait, silentLogger } from './fixtures/delivery.ts';
import { BASE_ARTICLES, makeKnowledge } from './fixtures/knowledge.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcb-deliver-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SUBSCRIBED = new Date('2025-11-24T12:00:00Z');
/** 09:00 UTC the day after subscribing: the first daily slot. */
const FIRST_SLOT = new Date('2025-11-25T09:02:00Z');
const GROUP = -1001000000001;

let store: Store;
let storeN = 0;
beforeEach(async () => {
  store = SqliteStore.open(join(dir, `deliver-${storeN++}.sqlite`));
  await store.subscribe({ chatId: GROUP, chatType: 'supergroup', cadence: 'daily', now: SUBSCRIBED });
});

function deps(over: Partial<DeliverDeps> & { knowledge?: Knowledge; at?: Date } = {}): DeliverDeps & { telegram: ReturnType<typeof fakeTelegram> } {
  const telegram = fakeTelegram();
  const knowledge = over.knowledge ?? makeKnowledge(BASE_ARTICLES);
  return {
    store: over.store ?? store,
    getKnowledge: () => knowledge,
    sendMessage: over.sendMessage ?? telegram.sendMessage,
    limiter: noWait,
    logger: silentLogger,
    now: () => over.at ?? FIRST_SLOT,
    sleep: over.sleep ?? (async () => undefined),
    telegram,
  };
}

describe('deliverDueDigests', () => {
  it('sends a due chat its digest, records it and marks the articles announced', async () => {
    const d = deps();
    const report = await deliverDueDigests(d);
    expect(report).toMatchObject({ due: 1, digestsSent: 1, messagesSent: 1, failed: 0 });
    expect(d.telegram.sent).toHaveLength(1);
    expect(d.telegram.sent[0]!.chatId).toBe(GROUP);
    expect(d.telegram.sent[0]!.html).toContain('Vagif Poetry Days');
    expect((await store.announcedArticleIds(GROUP)).size).toBe(3);
    expect(await store.unfinishedDigests(GROUP)).toEqual([]);
    expect((await store.getSubscription(GROUP))?.lastRunAt).toBe(FIRST_SLOT.toISOString());
  });

  it('sends nothing before the chat hour in its time zone, and sends once the hour has come', async () => {
    await store.updateChatSettings(GROUP, { hour: 9, timeZone: 'Asia/Baku' }, SUBSCRIBED);
    // 09:00 in Baku is 05:00 UTC.
    const early = deps({ at: new Date('2025-11-25T04:59:00Z') });
    expect((await deliverDueDigests(early)).due).toBe(0);
    expect(early.telegram.sent).toEqual([]);
    const onTime = deps({ at: new Date('2025-11-25T05:01:00Z') });
    expect((await deliverDueDigests(onTime)).digestsSent).toBe(1);
  });

  it('sends nothing twice: not again in the same slot, and not the next day when nothing is new', async () => {
    const first = deps();
    await deliverDueDigests(first);
    const sameSlot = deps({ at: new Date('2025-11-25T09:30:00Z') });
    expect((await deliverDueDigests(sameSlot)).due).toBe(0);
    const nextDay = deps({ at: new Date('2025-11-26T09:01:00Z') });
    expect(await deliverDueDigests(nextDay)).toMatchObject({ due: 1, digestsSent: 0 });
    expect([...first.telegram.sent, ...sameSlot.telegram.sent, ...nextDay.telegram.sent]).toHaveLength(1);
  });

  it('announces only the articles added since the last digest', async () => {
    await deliverDueDigests(deps());
    const grown = makeKnowledge([
      ...BASE_ARTICLES,
      { id: '003_dddddddddddddddd', date: '2025-11-25', publisher: 'Kabar', events: [{ name: 'Manas Epic Evening', date: '2025-11-25', place: 'Bishkek', sentence: 'A Manas epic evening took place in Bishkek.' }] },
    ]);
    const next = deps({ knowledge: grown, at: new Date('2025-11-26T09:01:00Z') });
    await deliverDueDigests(next);
    expect(next.telegram.sent).toHaveLength(1);
    expect(next.telegram.sent[0]!.html).toContain('Manas Epic Evening');
    expect(next.telegram.sent[0]!.html).not.toContain('Vagif Poetry Days');
  });

  it('delivers all 35 events of a big batch, in several messages, and marks the articles announced only then', async () => {
    const long = 'was held with delegations from Azerbaijan, Kazakhstan, Kyrgyzstan, Türkiye, Uzbekistan and Turkmenistan, and ministers of culture signed a joint plan for the coming year.';
    const specs = Array.from({ length: 35 }, (_, i) => ({
      id: `0${String(i).padStart(2, '0')}_batch`,
      date: '2025-11-24',
      publisher: 'TURKSOY',
      events: [{ name: `Batch Festival ${i}`, date: '2025-11-20', place: 'Baku', sentence: `Batch Festival ${i} ${long}` }],
    }));
    const d = deps({ knowledge: makeKnowledge(specs) });
    const report = await deliverDueDigests(d);
    expect(report).toMatchObject({ digestsSent: 1, failed: 0 });
    expect(d.telegram.sent.length).toBeGreaterThan(1);
    const all = d.telegram.sent.map((m) => m.html).join('\n');
    for (let i = 0; i < 35; i++) expect(all).toContain(`Batch Festival ${i}<`);
    expect(all).not.toMatch(/more in the articles/);
    for (const m of d.telegram.sent) expect(m.html.length).toBeLessThanOrEqual(4096);
    expect((await store.announcedArticleIds(GROUP)).size).toBe(35);
  });

  it('marks nothing announced when the big digest fails part-way: the rest is sent on the next run', async () => {
    const specs = Array.from({ length: 35 }, (_, i) => ({
      id: `0${String(i).padStart(2, '0')}_batch`,
      date: '2025-11-24',
      events: [{ name: `Batch Festival ${i}`, date: '2025-11-20', sentence: `Batch Festival ${i} ${'was held in Baku with many guests from every Turkic state. '.repeat(3)}` }],
    }));
    const knowledge = makeKnowledge(specs);
    const first = deps({ knowledge });
    // The second part fails with a network error: the digest stays pending, nothing is announced.
    let calls = 0;
    const flaky = deps({ knowledge, sendMessage: async (chatId, html, extra) => { if (++calls === 2) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }); return first.telegram.sendMessage(chatId, html, extra); } });
    expect((await deliverDueDigests(flaky)).failed).toBe(1);
    expect((await store.announcedArticleIds(GROUP)).size).toBe(0);
    const retry = deps({ knowledge, sendMessage: first.telegram.sendMessage, at: new Date('2025-11-25T10:00:00Z') });
    expect((await deliverDueDigests(retry)).digestsSent).toBe(1);
    const all = first.telegram.sent.map((m) => m.html).join('\n');
    for (let i = 0; i < 35; i++) expect(all).toContain(`Batch Festival ${i}<`);
    expect((await store.announcedArticleIds(GROUP)).size).toBe(35);
  });

  it('marks new articles without events as known without sending a message', async () => {
    const quiet = makeKnowledge([{ id: '000_q', date: '2025-11-24', events: [] }]);
    const d = deps({ knowledge: quiet });
    expect(await deliverDueDigests(d)).toMatchObject({ due: 1, digestsSent: 0 });
    expect(d.telegram.attempts).toEqual([]);
    expect([...(await store.announcedArticleIds(GROUP))]).toEqual(['000_q']);
  });
});

describe('exactly-once across a crash and restart', () => {
  it('sends the pending digest when the process died after recording it but before sending', async () => {
    const crashed = deps({ store: crashingStore(store, 'recordDigestPending', { after: true }) });
    expect((await deliverDueDigests(crashed)).failed).toBe(1);
    expect(crashed.telegram.attempts).toEqual([]);
    expect((await store.unfinishedDigests(GROUP)).map((r) => r.status)).toEqual(['pending']);

    const restarted = deps({ at: new Date('2025-11-25T09:07:00Z') });
    await deliverDueDigests(restarted);
    expect(restarted.telegram.sent).toHaveLength(1);
    expect(restarted.telegram.sent[0]!.html).toContain('Vagif Poetry Days');
    expect((await store.announcedArticleIds(GROUP)).size).toBe(3);
  });

  it('does not send again when the process died after the sent record but before marking articles announced', async () => {
    const crashed = deps({ store: crashingStore(store, 'markArticlesAnnounced') });
    await deliverDueDigests(crashed);
    expect(crashed.telegram.sent).toHaveLength(1);
    expect((await store.announcedArticleIds(GROUP)).size).toBe(0);

    const restarted = deps({ at: new Date('2025-11-25T09:07:00Z') });
    expect(await deliverDueDigests(restarted)).toMatchObject({ due: 1, digestsSent: 0, messagesSent: 0 });
    expect(restarted.telegram.attempts).toEqual([]);
    // The restarted run finished the job: the articles are announced, nothing is unfinished.
    expect((await store.announcedArticleIds(GROUP)).size).toBe(3);
    expect(await store.unfinishedDigests(GROUP)).toEqual([]);
  });

  it('even when new articles arrived before the restart, sends only those, not the already sent ones again', async () => {
    await deliverDueDigests(deps({ store: crashingStore(store, 'markArticlesAnnounced') }));
    const grown = makeKnowledge([...BASE_ARTICLES, { id: '003_new', date: '2025-11-25', events: [{ name: 'New Forum', date: '2025-11-25', sentence: 'The New Forum opened.' }] }]);
    const restarted = deps({ knowledge: grown, at: new Date('2025-11-25T09:07:00Z') });
    await deliverDueDigests(restarted);
    expect(restarted.telegram.sent).toHaveLength(1);
    expect(restarted.telegram.sent[0]!.html).toContain('New Forum');
    expect(restarted.telegram.sent[0]!.html).not.toContain('Vagif Poetry Days');
  });

  it('resumes a digest of several messages after the last part recorded, without resending the earlier ones', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `Festival ${i} ${'&'.repeat(150)}`, date: `2025-10-${String((i % 28) + 1).padStart(2, '0')}`, sentence: `${'Long sentence about a festival. '.repeat(9)}${i}` }));
    const knowledge = makeKnowledge([{ id: '000_big', date: '2025-11-24', events: many }]);
    const crashed = deps({ knowledge, store: crashingStore(store, 'recordDigestProgress', { after: true, call: 2 }) });
    await deliverDueDigests(crashed);
    const [record] = await store.unfinishedDigests(GROUP);
    expect(record!.parts.length).toBeGreaterThan(2);
    expect(crashed.telegram.sent).toHaveLength(2);

    const restarted = deps({ knowledge, at: new Date('2025-11-25T09:07:00Z') });
    await deliverDueDigests(restarted);
    expect(restarted.telegram.sent.map((m) => m.html)).toEqual(record!.parts.slice(2));
    const done = await store.getDigest(GROUP, record!.digestId);
    expect(done).toMatchObject({ status: 'sent', announced: true });
    expect(done!.messageIds).toEqual([...crashed.telegram.sent, ...restarted.telegram.sent].map((m) => m.messageId));
  });

  it('documents the one duplicate window: a crash between Telegram’s ack and the sent record resends', async () => {
    const crashed = deps({ store: crashingStore(store, 'markDigestSent') });
    await deliverDueDigests(crashed);
    const restarted = deps({ at: new Date('2025-11-25T09:07:00Z') });
    await deliverDueDigests(restarted);
    expect(crashed.telegram.sent).toHaveLength(1);
    expect(restarted.telegram.sent).toHaveLength(1);
    expect(restarted.telegram.sent[0]!.html).toBe(crashed.telegram.sent[0]!.html);
  });
});

describe('Telegram errors', () => {
  it('waits retry_after seconds on a 429, then sends', async () => {
    const slept: number[] = [];
    const d = deps({ sleep: async (ms) => void slept.push(ms) });
    d.telegram.failWith(new TelegramError({ error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7 } }));
    const report = await deliverDueDigests(d);
    expect(slept).toEqual([7000]);
    expect(d.telegram.attempts).toEqual([GROUP, GROUP]);
    expect(report.digestsSent).toBe(1);
  });

  it('leaves the digest pending for the next run after repeated 429s', async () => {
    const d = deps();
    const busy = () => new TelegramError({ error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 1 } });
    d.telegram.failWith(busy(), busy(), busy(), busy());
    expect((await deliverDueDigests(d)).failed).toBe(1);
    expect(d.telegram.sent).toEqual([]);
    expect((await store.unfinishedDigests(GROUP)).map((r) => r.status)).toEqual(['pending']);
    expect(await store.getSubscription(GROUP)).not.toBeNull();
  });

  it.each([
    ['403 kicked', new TelegramError({ error_code: 403, description: 'Forbidden: bot was kicked from the supergroup chat' })],
    ['403 blocked', new TelegramError({ error_code: 403, description: 'Forbidden: bot was blocked by the user' })],
    ['400 chat not found', new TelegramError({ error_code: 400, description: 'Bad Request: chat not found' })],
  ])('ends the subscription on %s and drops the pending digest', async (_label, error) => {
    const d = deps();
    d.telegram.failWith(error);
    expect((await deliverDueDigests(d)).ended).toBe(1);
    expect(await store.getSubscription(GROUP)).toBeNull();
    expect(await store.unfinishedDigests(GROUP)).toEqual([]);
    const later = deps({ at: new Date('2025-11-26T09:01:00Z') });
    await deliverDueDigests(later);
    expect(later.telegram.attempts).toEqual([]);
  });

  it('keeps the subscription on other 400s (a bad message is our bug, not the chat’s)', async () => {
    const d = deps();
    d.telegram.failWith(new TelegramError({ error_code: 400, description: "Bad Request: can't parse entities" }));
    expect((await deliverDueDigests(d)).failed).toBe(1);
    expect(await store.getSubscription(GROUP)).not.toBeNull();
  });

  it('gives up a digest Telegram rejects for good after 3 runs, records it failed, and lets later digests through', async () => {
    const unparsable = () => new TelegramError({ error_code: 400, description: "Bad Request: can't parse entities: unsupported start tag" });
    const runs = ['09:02', '09:07', '09:12'].map((t) => new Date(`2025-11-25T${t}:00Z`));
    const reports = [];
    let digestId = '';
    for (const at of runs) {
      const d = deps({ at });
      d.telegram.failWith(unparsable());
      reports.push(await deliverDueDigests(d));
      digestId ||= (await store.unfinishedDigests(GROUP))[0]!.digestId;
    }
    // Two runs leave it pending for the next; the third gives it up.
    expect(reports.map((r) => [r.failed, r.digestsFailed])).toEqual([
      [1, 0],
      [1, 0],
      [0, 1],
    ]);
    expect(await store.getDigest(GROUP, digestId)).toMatchObject({
      status: 'failed',
      attempts: 3,
      lastError: "400: Bad Request: can't parse entities: unsupported start tag",
      announced: true,
    });
    expect(await store.unfinishedDigests(GROUP)).toEqual([]);
    expect((await store.announcedArticleIds(GROUP)).size).toBe(3);
    // The chat's run is recorded: it is not due again until its next slot.
    expect((await store.getSubscription(GROUP))?.lastRunAt).toBe(runs[2]!.toISOString());

    // The next day a new article arrives: its digest goes out, and nothing of the failed one.
    const grown = makeKnowledge([...BASE_ARTICLES, { id: '003_new', date: '2025-11-25', events: [{ name: 'New Forum', date: '2025-11-25', sentence: 'The New Forum opened.' }] }]);
    const nextDay = deps({ knowledge: grown, at: new Date('2025-11-26T09:02:00Z') });
    expect(await deliverDueDigests(nextDay)).toMatchObject({ digestsSent: 1, failed: 0 });
    expect(nextDay.telegram.sent).toHaveLength(1);
    expect(nextDay.telegram.sent[0]!.html).toContain('New Forum');
    expect(nextDay.telegram.sent[0]!.html).not.toContain('Vagif Poetry Days');
  });

  it('does not count network errors and 5xx toward giving up: the digest stays pending', async () => {
    for (let i = 0; i < 5; i++) {
      const d = deps({ at: new Date(FIRST_SLOT.getTime() + i * 300_000) });
      d.telegram.failWith(new TelegramError({ error_code: 502, description: 'Bad Gateway' }));
      expect(await deliverDueDigests(d)).toMatchObject({ failed: 1, digestsFailed: 0 });
    }
    const [pending] = await store.unfinishedDigests(GROUP);
    expect(pending).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('follows a group that became a supergroup: moves the subscription and sends there', async () => {
    const oldGroup = -4001;
    const newGroup = -1004001;
    await store.removeChat(GROUP, 'test', SUBSCRIBED);
    await store.subscribe({ chatId: oldGroup, chatType: 'group', cadence: 'daily', now: SUBSCRIBED });
    const d = deps();
    d.telegram.failWith(new TelegramError({ error_code: 400, description: 'Bad Request: group chat was upgraded to a supergroup chat', parameters: { migrate_to_chat_id: newGroup } }));
    const report = await deliverDueDigests(d);
    expect(report.digestsSent).toBe(1);
    expect(d.telegram.attempts).toEqual([oldGroup, newGroup]);
    expect(d.telegram.sent.map((m) => m.chatId)).toEqual([newGroup]);
    expect(await store.getSubscription(oldGroup)).toBeNull();
    expect(await store.getSubscription(newGroup)).toMatchObject({ chatType: 'supergroup', lastRunAt: FIRST_SLOT.toISOString() });
    expect((await store.announcedArticleIds(newGroup)).size).toBe(3);
  });
});

describe('filters and forum topics', () => {
  const FORUM = -1001000000777;
  const POETRY = { chatId: FORUM, threadId: 11 };
  const KAZAKH = { chatId: FORUM, threadId: 22 };
  const subscribeTopic = (where: { chatId: number; threadId: number }, filters: string[]) =>
    store.subscribe({ ...where, chatType: 'supergroup', cadence: 'daily', filters, now: SUBSCRIBED });
  const grown = () =>
    makeKnowledge([
      ...BASE_ARTICLES,
      { id: '003_new', date: '2025-11-25', events: [{ name: 'Astana Poetry Evening', date: '2025-11-25', place: 'Astana', sentence: 'A poetry evening took place in Astana.' }] },
    ]);

  /** A logger whose lines land in an array, to see what an operator would read. */
  function capturingLogger() {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
        done();
      },
    });
    return { logger: pino({ level: 'info' }, stream), lines };
  }

  it('a process that finds the chat held skips all its topics, and the holder delivers every one', async () => {
    await store.removeChat(GROUP, 'test', SUBSCRIBED);
    await subscribeTopic(POETRY, ['poetry']);
    await subscribeTopic(KAZAKH, ['Kazakhstan']);
    // The lock is taken once per chat: another process taking it between two topics can no longer
    // leave a topic that each process thought the other would send.
    const locks: number[] = [];
    const counting = Object.create(store) as Store;
    counting.withChatLock = (chatId, fn) => {
      locks.push(chatId);
      return store.withChatLock(chatId, fn);
    };
    const d = deps({ store: counting });
    expect(await deliverDueDigests(d)).toMatchObject({ due: 2, digestsSent: 2, busy: 0 });
    expect(locks).toEqual([FORUM]);
    // Held elsewhere: both topics are skipped as busy, none is sent here.
    const held = Object.create(store) as Store;
    held.withChatLock = async () => ({ locked: false });
    const other = deps({ store: held, at: new Date('2025-11-26T09:01:00Z') });
    expect(await deliverDueDigests(other)).toMatchObject({ busy: 2, digestsSent: 0 });
  });

  it('sends two topics of one forum chat their own digests, each into its own thread, each once', async () => {
    await store.removeChat(GROUP, 'test', SUBSCRIBED);
    await subscribeTopic(POETRY, ['poetry']);
    await subscribeTopic(KAZAKH, ['Kazakhstan']);
    const d = deps();
    expect(await deliverDueDigests(d)).toMatchObject({ due: 2, digestsSent: 2, failed: 0 });
    expect(d.telegram.sent.map((m) => [m.chatId, m.threadId])).toEqual([
      [FORUM, 11],
      [FORUM, 22],
    ]);
    const [poetry, kazakh] = d.telegram.sent;
    expect(poetry!.html).toContain('Vagif Poetry Days');
    expect(poetry!.html).not.toContain('Turkic World Youth Meeting');
    expect(kazakh!.html).toContain('Turkic World Youth Meeting');
    expect(kazakh!.html).not.toContain('Vagif Poetry Days');
    // Neither passes the other's filter, nor the main thread's (which has no subscription here).
    expect(d.telegram.sent.some((m) => m.html.includes('Film Leaders Meeting'))).toBe(false);
    for (const topic of [POETRY, KAZAKH]) {
      expect((await store.announcedArticleIds(topic)).size).toBe(3);
      expect(await store.unfinishedDigests(topic)).toEqual([]);
    }

    // The next day only the new article's event, to the topic whose filter it passes.
    const nextDay = deps({ knowledge: grown(), at: new Date('2025-11-26T09:01:00Z') });
    expect(await deliverDueDigests(nextDay)).toMatchObject({ due: 2, digestsSent: 2 });
    expect(nextDay.telegram.sent.map((m) => [m.threadId, m.html.includes('Astana Poetry Evening')])).toEqual([
      [11, true],
      [22, true],
    ]);
    const again = deps({ knowledge: grown(), at: new Date('2025-11-26T09:30:00Z') });
    expect(await deliverDueDigests(again)).toMatchObject({ due: 0, digestsSent: 0 });
  });

  it('sends nothing when nothing passes the filter, and records the events as skipped: a wider filter later brings none back', async () => {
    await store.updateSubscription(GROUP, { filters: ['Mongolia'] });
    const { logger, lines } = capturingLogger();
    const d = { ...deps(), logger };
    expect(await deliverDueDigests(d)).toMatchObject({ due: 1, digestsSent: 0, messagesSent: 0 });
    expect(d.telegram.attempts).toEqual([]);
    expect((await store.announcedArticleIds(GROUP)).size).toBe(3);
    expect(lines.find((l) => l.msg === 'nothing passed the filter: no digest, the events recorded as skipped')).toMatchObject({ chatId: GROUP, filteredOut: 3 });

    // Widened to everything: the old events stay skipped; only what is new comes.
    await store.updateSubscription(GROUP, { filters: [] });
    const nextDay = deps({ knowledge: grown(), at: new Date('2025-11-26T09:01:00Z') });
    expect(await deliverDueDigests(nextDay)).toMatchObject({ digestsSent: 1 });
    expect(nextDay.telegram.sent).toHaveLength(1);
    expect(nextDay.telegram.sent[0]!.html).toContain('Astana Poetry Evening');
    expect(nextDay.telegram.sent[0]!.html).not.toContain('Vagif Poetry Days');
    expect(nextDay.telegram.sent[0]!.html).not.toContain('Turkic World Youth Meeting');
  });

  it.each([
    ['deleted', 'Bad Request: message thread not found'],
    ['deleted (TOPIC_DELETED)', 'Bad Request: TOPIC_DELETED'],
    ['closed', 'Bad Request: TOPIC_CLOSED'],
  ])('ends a topic’s subscription when the topic is %s, with one log line, and keeps the chat’s others', async (_label, description) => {
    await subscribeTopic(POETRY, ['poetry']);
    await subscribeTopic(KAZAKH, ['Kazakhstan']);
    const { logger, lines } = capturingLogger();
    const d = { ...deps(), logger };
    // Subscriptions run by chat and thread: FORUM's topics 11 (gone) and 22, then GROUP (ids are negative).
    d.telegram.failWith(new TelegramError({ error_code: 400, description }));
    const report = await deliverDueDigests(d);
    expect(report).toMatchObject({ ended: 1, failed: 0, digestsSent: 2 });
    expect(await store.getSubscription(POETRY)).toBeNull();
    expect(await store.unfinishedDigests(POETRY)).toEqual([]);
    expect(await store.getSubscription(KAZAKH)).not.toBeNull();
    expect(await store.getSubscription(GROUP)).not.toBeNull();
    const ended = lines.filter((l) => l.msg === 'forum topic closed or deleted, ending its subscription');
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ chatId: FORUM, threadId: 11, reason: `400: ${description}` });
    expect(lines.filter((l) => l.level === 50)).toEqual([]);

    // No error loop: the next runs do not try the topic again.
    const later = deps({ knowledge: grown(), at: new Date('2025-11-26T09:01:00Z') });
    await deliverDueDigests(later);
    expect(later.telegram.attempts).toEqual([FORUM, GROUP]);
    expect(later.telegram.sent.map((m) => [m.chatId, m.threadId])).toEqual([
      [FORUM, 22],
      [GROUP, 0],
    ]);
  });

  it('delivers exactly once with a filter set, across a crash after the pending record, even when the filter changes meanwhile', async () => {
    await store.updateSubscription(GROUP, { filters: ['poetry'] });
    const crashed = deps({ store: crashingStore(store, 'recordDigestPending', { after: true }) });
    expect((await deliverDueDigests(crashed)).failed).toBe(1);
    expect(crashed.telegram.attempts).toEqual([]);

    await store.updateSubscription(GROUP, { filters: [] });
    const restarted = deps({ at: new Date('2025-11-25T09:07:00Z') });
    await deliverDueDigests(restarted);
    // The digest goes out as it was composed and recorded: the filtered one.
    expect(restarted.telegram.sent).toHaveLength(1);
    expect(restarted.telegram.sent[0]!.html).toContain('Vagif Poetry Days');
    expect(restarted.telegram.sent[0]!.html).not.toContain('Turkic World Youth Meeting');
    expect((await store.announcedArticleIds(GROUP)).size).toBe(3);

    const later = deps({ at: new Date('2025-11-26T09:01:00Z') });
    expect(await deliverDueDigests(later)).toMatchObject({ digestsSent: 0, messagesSent: 0 });
  });

  it('does not send a filtered digest again after a crash between the sent record and the announced articles', async () => {
    await store.subscribe({ ...POETRY, chatType: 'supergroup', cadence: 'daily', filters: ['poetry'], now: SUBSCRIBED });
    await store.removeChat(GROUP, 'test', SUBSCRIBED);
    const crashed = deps({ store: crashingStore(store, 'markArticlesAnnounced') });
    await deliverDueDigests(crashed);
    expect(crashed.telegram.sent.map((m) => m.threadId)).toEqual([11]);
    const restarted = deps({ at: new Date('2025-11-25T09:07:00Z') });
    expect(await deliverDueDigests(restarted)).toMatchObject({ due: 1, digestsSent: 0, messagesSent: 0 });
    expect((await store.announcedArticleIds(POETRY)).size).toBe(3);
    expect(await store.unfinishedDigests(POETRY)).toEqual([]);
  });
});

describe('previewDueDigests', () => {
  it('shows what would be sent and records nothing', async () => {
    const previews = await previewDueDigests({ store, knowledge: makeKnowledge(BASE_ARTICLES), now: FIRST_SLOT });
    expect(previews).toHaveLength(1);
    expect(previews[0]!.digest!.parts[0]).toContain('Vagif Poetry Days');
    expect(await store.unfinishedDigests(GROUP)).toEqual([]);
    expect((await store.announcedArticleIds(GROUP)).size).toBe(0);
  });
});
