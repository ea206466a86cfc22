import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Telegraf, Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectStore } from '../../src/store/store-connection.ts';
import { registerSubscriptionCommands, SUBSCRIPTIONS_UNAVAILABLE } from '../../src/telegram/subscribe-commands.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { silentLogger } from './fixtures/delivery.ts';
import { BASE_ARTICLES, makeKnowledge } from './fixtures/knowledge.ts';
import type { BotContext } from '../../src/telegram/update-context.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcb-commands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2025-11-25T10:00:00Z');
const GROUP = { id: -1005550001, type: 'supergroup' as const, title: 'Turkic Culture Fans' };
const PRIVATE = { id: 4242, type: 'private' as const, first_name: 'Aida' };
const USER = { id: 4242, is_bot: false, first_name: 'Aida' };

interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

let store: Store;
let bot: Telegraf<BotContext>;
let calls: ApiCall[];
let memberStatus: string;
let n = 0;
let updateId = 1;

beforeEach(() => {
  store = SqliteStore.open(join(dir, `commands-${n++}.sqlite`));
  calls = [];
  memberStatus = 'member';
  // handleUpdate makes a new Telegram per update: stub the prototype to see every API call.
  vi.spyOn(Telegram.prototype, 'callApi').mockImplementation(async function (method: string, payload: unknown) {
    calls.push({ method, payload: payload as Record<string, unknown> });
    if (method === 'getChatMember') return { status: memberStatus, user: USER } as never;
    if (method === 'sendMessage') return { message_id: calls.length, date: 0, chat: { id: (payload as { chat_id: number }).chat_id, type: 'private' } } as never;
    return true as never;
  });
  bot = new Telegraf<BotContext>('123456:TEST-token-for-tests-only-xxxxx');
  bot.botInfo = { id: 99, is_bot: true, first_name: 'Bot', username: 'turkic_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };
  bot.catch((err) => {
    throw err;
  });
  registerSubscriptionCommands(bot, { store, getKnowledge: () => makeKnowledge(BASE_ARTICLES), logger: silentLogger, now: () => NOW });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await store.close();
});

function command(chat: { id: number; type: 'private' | 'group' | 'supergroup' }, text: string, from = USER): Update {
  const name = text.split(/\s/)[0]!;
  return {
    update_id: updateId++,
    message: { message_id: updateId, date: 0, chat: chat as never, from, text, entities: [{ type: 'bot_command', offset: 0, length: name.length }] },
  } as Update;
}

/** The update Telegram sends when the bot's own membership in GROUP changes. */
function botStatusChanged(status: string): Update {
  const bot = { id: 99, is_bot: true, first_name: 'Bot' };
  return {
    update_id: updateId++,
    my_chat_member: {
      chat: GROUP,
      from: USER,
      date: 0,
      old_chat_member: { status: 'member', user: bot },
      new_chat_member: { status, user: bot, ...(status === 'kicked' ? { until_date: 0 } : {}) },
    },
  } as unknown as Update;
}

const replies = () => calls.filter((c) => c.method === 'sendMessage');
const lastReply = () => String(replies().at(-1)?.payload.text ?? '');

describe('/subscribe and /unsubscribe', () => {
  it('subscribes a private chat weekly by default, without asking who the user is', async () => {
    await bot.handleUpdate(command(PRIVATE, '/subscribe'));
    expect(await store.getSubscription(PRIVATE.id)).toMatchObject({ cadence: 'weekly', chatType: 'private' });
    expect(calls.some((c) => c.method === 'getChatMember')).toBe(false);
    expect(lastReply()).toContain('weekly, Monday at 09:00 UTC');
    expect(replies().at(-1)?.payload.parse_mode).toBe('HTML');
  });

  it('refuses a group member who is not an administrator, politely', async () => {
    await bot.handleUpdate(command(GROUP, '/subscribe daily'));
    expect(calls.find((c) => c.method === 'getChatMember')?.payload).toMatchObject({ chat_id: GROUP.id, user_id: USER.id });
    expect(await store.getSubscription(GROUP.id)).toBeNull();
    expect(lastReply()).toMatch(/only the group’s administrators/);
  });

  it.each(['administrator', 'creator'])('lets a group %s subscribe and unsubscribe', async (status) => {
    memberStatus = status;
    await bot.handleUpdate(command(GROUP, '/subscribe@turkic_bot daily'));
    expect(await store.getSubscription(GROUP.id)).toMatchObject({ cadence: 'daily', chatType: 'supergroup' });
    await bot.handleUpdate(command(GROUP, '/unsubscribe'));
    expect(await store.getSubscription(GROUP.id)).toBeNull();
    expect(lastReply()).toMatch(/^Unsubscribed/);
  });

  it('does not let a member unsubscribe a group', async () => {
    memberStatus = 'administrator';
    await bot.handleUpdate(command(GROUP, '/subscribe'));
    memberStatus = 'member';
    await bot.handleUpdate(command(GROUP, '/unsubscribe'));
    expect(await store.getSubscription(GROUP.id)).not.toBeNull();
    expect(lastReply()).toMatch(/only the group’s administrators/);
  });

  it('accepts an anonymous administrator writing as the group', async () => {
    const anonymous = { id: 1087968824, is_bot: true, first_name: 'Group' };
    const update = command(GROUP, '/subscribe daily', anonymous) as Update.MessageUpdate;
    (update.message as unknown as { sender_chat: unknown }).sender_chat = GROUP;
    await bot.handleUpdate(update);
    expect(await store.getSubscription(GROUP.id)).toMatchObject({ cadence: 'daily' });
  });

  it('rejects an unknown cadence and escapes it in the reply', async () => {
    await bot.handleUpdate(command(PRIVATE, '/subscribe <b>hourly</b>'));
    expect(await store.getSubscription(PRIVATE.id)).toBeNull();
    expect(lastReply()).toContain('&lt;b&gt;hourly&lt;/b&gt;');
    expect(lastReply()).not.toContain('<b>hourly');
  });

  it('counts the archive as known for a new subscriber, leaving the last two weeks new', async () => {
    await bot.handleUpdate(command(PRIVATE, '/subscribe daily'));
    expect([...(await store.announcedArticleIds(PRIVATE.id))]).toEqual(['000_aaaaaaaaaaaaaaaa']);
  });
});

describe('/settings', () => {
  it('changes the hour, time zone and language, and shows them', async () => {
    await bot.handleUpdate(command(PRIVATE, '/settings hour 7'));
    await bot.handleUpdate(command(PRIVATE, '/settings tz Asia/Baku'));
    await bot.handleUpdate(command(PRIVATE, '/settings lang ru'));
    expect(await store.getChatSettings(PRIVATE.id)).toEqual({ hour: 7, timeZone: 'Asia/Baku', language: 'ru' });
    await bot.handleUpdate(command(PRIVATE, '/settings'));
    expect(lastReply()).toContain('Hour: 7 · Time zone: Asia/Baku · Language: ru');
    expect(lastReply()).toContain('Not subscribed');
  });

  it('refuses bad values with a message and changes nothing', async () => {
    await bot.handleUpdate(command(PRIVATE, '/settings hour 24'));
    expect(lastReply()).toContain('0 to 23');
    await bot.handleUpdate(command(PRIVATE, '/settings tz Mars/Olympus'));
    expect(lastReply()).toContain('not a time zone');
    await bot.handleUpdate(command(PRIVATE, '/settings lang xx'));
    expect(lastReply()).toContain('Languages: en, ru, kk, tr, az, uz');
    expect(await store.getChatSettings(PRIVATE.id)).toEqual({ hour: 9, timeZone: 'UTC', language: 'en' });
  });

  it('shows settings to any group member but lets only administrators change them', async () => {
    await bot.handleUpdate(command(GROUP, '/settings'));
    expect(lastReply()).toContain('Digest settings');
    await bot.handleUpdate(command(GROUP, '/settings hour 6'));
    expect(lastReply()).toMatch(/only the group’s administrators/);
    expect((await store.getChatSettings(GROUP.id)).hour).toBe(9);
    memberStatus = 'administrator';
    await bot.handleUpdate(command(GROUP, '/settings hour 6'));
    expect((await store.getChatSettings(GROUP.id)).hour).toBe(6);
  });
});

describe('filters and forum topics', () => {
  const FORUM = { id: -1005550002, type: 'supergroup' as const, title: 'Turkic Culture Desk', is_forum: true };
  /** A command sent inside forum topic `threadId`, as Telegram marks it. */
  function inTopic(threadId: number, text: string, from = USER): Update {
    const update = command(FORUM, text, from) as Update.MessageUpdate;
    Object.assign(update.message, { message_thread_id: threadId, is_topic_message: true });
    return update;
  }

  it('subscribes a forum topic with filters: its digest, its filters, its replies go into the topic', async () => {
    memberStatus = 'administrator';
    await bot.handleUpdate(inTopic(7, '/subscribe weekly film festival'));
    expect(await store.getSubscription({ chatId: FORUM.id, threadId: 7 })).toMatchObject({ threadId: 7, cadence: 'weekly', filters: ['film festival'] });
    expect(await store.getSubscription(FORUM.id)).toBeNull();
    expect(replies().at(-1)?.payload.message_thread_id).toBe(7);
    expect(lastReply()).toContain('Subscribed in this topic: event digest weekly');
    expect(lastReply()).toContain('Only events about: film (word) + festival (event kind).');
    // The topic starts from the recent articles too.
    expect([...(await store.announcedArticleIds({ chatId: FORUM.id, threadId: 7 }))]).toEqual(['000_aaaaaaaaaaaaaaaa']);
  });

  it('keeps one subscription per topic, each with its own filters, shown and changed in that topic', async () => {
    memberStatus = 'administrator';
    await bot.handleUpdate(inTopic(7, '/subscribe weekly poetry'));
    await bot.handleUpdate(inTopic(9, '/subscribe daily'));
    await bot.handleUpdate(inTopic(9, '/settings filter Kazakhstan, TÜRKSOY'));
    expect(lastReply()).toContain('Filters: Kazakhstan (country) · TURKSOY (organization)');
    expect(replies().at(-1)?.payload.message_thread_id).toBe(9);
    await bot.handleUpdate(inTopic(7, '/settings'));
    expect(lastReply()).toContain('Digest settings of this topic');
    expect(lastReply()).toContain('Filters: poetry (word)');
    await bot.handleUpdate(inTopic(7, '/settings filter off'));
    expect(lastReply()).toContain('Filters: none, every event');
    expect((await store.getSubscription({ chatId: FORUM.id, threadId: 7 }))?.filters).toEqual([]);
    expect((await store.getSubscription({ chatId: FORUM.id, threadId: 9 }))?.filters).toEqual(['Kazakhstan', 'TÜRKSOY']);
    // A topic's hour is its own; the chat's (the main thread's) stays.
    await bot.handleUpdate(inTopic(9, '/settings hour 20'));
    expect(await store.getSubscription({ chatId: FORUM.id, threadId: 9 })).toMatchObject({ hour: 20 });
    expect(await store.getSubscription({ chatId: FORUM.id, threadId: 7 })).toMatchObject({ hour: 9 });
    expect((await store.getChatSettings(FORUM.id)).hour).toBe(9);
    // Unsubscribing one topic leaves the other.
    await bot.handleUpdate(inTopic(7, '/unsubscribe'));
    expect(lastReply()).toContain('no more digests in this topic');
    expect(await store.getSubscription({ chatId: FORUM.id, threadId: 7 })).toBeNull();
    expect(await store.getSubscription({ chatId: FORUM.id, threadId: 9 })).not.toBeNull();
  });

  it('shows a topic’s /digest through its filters', async () => {
    memberStatus = 'administrator';
    await bot.handleUpdate(inTopic(7, '/subscribe weekly poetry'));
    await bot.handleUpdate(inTopic(7, '/digest'));
    expect(lastReply()).toContain('Vagif Poetry Days');
    expect(lastReply()).not.toContain('Film Leaders Meeting');
    await bot.handleUpdate(inTopic(7, '/settings filter Mongolia'));
    await bot.handleUpdate(inTopic(7, '/digest'));
    expect(lastReply()).toBe('Nothing new that passes the filters since the last digest.');
  });

  it('lets only administrators set or clear filters in a group', async () => {
    memberStatus = 'administrator';
    await bot.handleUpdate(inTopic(7, '/subscribe weekly poetry'));
    memberStatus = 'member';
    await bot.handleUpdate(inTopic(7, '/settings filter Kazakhstan'));
    expect(lastReply()).toMatch(/only the group’s administrators/);
    await bot.handleUpdate(inTopic(7, '/settings filter off'));
    expect(lastReply()).toMatch(/only the group’s administrators/);
    await bot.handleUpdate(inTopic(8, '/subscribe weekly Kazakhstan'));
    expect(lastReply()).toMatch(/only the group’s administrators/);
    expect(await store.getSubscription({ chatId: FORUM.id, threadId: 8 })).toBeNull();
    expect((await store.getSubscription({ chatId: FORUM.id, threadId: 7 }))?.filters).toEqual(['poetry']);
    // Anyone may look.
    await bot.handleUpdate(inTopic(7, '/settings'));
    expect(lastReply()).toContain('Filters: poetry (word)');
  });

  it('asks for a subscription before a filter, and refuses a filter it cannot read', async () => {
    await bot.handleUpdate(command(PRIVATE, '/settings filter Kazakhstan'));
    expect(lastReply()).toContain('There is no digest in this chat to filter');
    await bot.handleUpdate(command(PRIVATE, '/subscribe daily Kazakhstan, TURKSOY'));
    expect(await store.getSubscription(PRIVATE.id)).toMatchObject({ filters: ['Kazakhstan', 'TURKSOY'] });
    await bot.handleUpdate(command(PRIVATE, '/settings filter the'));
    expect(lastReply()).toContain('I cannot filter on “the”');
    expect((await store.getSubscription(PRIVATE.id))?.filters).toEqual(['Kazakhstan', 'TURKSOY']);
    // Renewing without filters keeps them.
    await bot.handleUpdate(command(PRIVATE, '/subscribe weekly'));
    expect(await store.getSubscription(PRIVATE.id)).toMatchObject({ cadence: 'weekly', filters: ['Kazakhstan', 'TURKSOY'] });
    // A topic hour outside a topic is the chat's.
    await bot.handleUpdate(command(PRIVATE, '/settings hour 6'));
    expect((await store.getChatSettings(PRIVATE.id)).hour).toBe(6);
  });

  it('does not take a reply thread of an ordinary group for a topic', async () => {
    memberStatus = 'administrator';
    const update = command(GROUP, '/subscribe weekly') as Update.MessageUpdate;
    Object.assign(update.message, { message_thread_id: 55 });
    await bot.handleUpdate(update);
    expect(await store.getSubscription(GROUP.id)).not.toBeNull();
    expect(await store.getSubscription({ chatId: GROUP.id, threadId: 55 })).toBeNull();
  });
});

describe('/digest', () => {
  it('shows the current digest without marking anything sent or announced', async () => {
    await bot.handleUpdate(command(PRIVATE, '/subscribe daily'));
    const before = await store.announcedArticleIds(PRIVATE.id);
    await bot.handleUpdate(command(PRIVATE, '/digest'));
    expect(lastReply()).toContain('Vagif Poetry Days');
    expect(lastReply()).not.toContain('Turkic World Youth Meeting');
    expect(replies().at(-1)?.payload.parse_mode).toBe('HTML');
    expect(await store.announcedArticleIds(PRIVATE.id)).toEqual(before);
    expect(await store.unfinishedDigests(PRIVATE.id)).toEqual([]);
    // Asking twice shows the same digest: nothing was consumed.
    await bot.handleUpdate(command(PRIVATE, '/digest'));
    expect(replies().at(-1)?.payload.text).toBe(replies().at(-2)?.payload.text);
  });

  it('says so when nothing is new', async () => {
    await store.markArticlesAnnounced(PRIVATE.id, [...makeKnowledge(BASE_ARTICLES).articles.keys()], 'd', NOW);
    await bot.handleUpdate(command(PRIVATE, '/digest'));
    expect(lastReply()).toBe('Nothing new since the last digest.');
  });
});

describe('service updates', () => {
  it('moves the subscription when a group becomes a supergroup', async () => {
    const group = { id: -7001, type: 'group' as const, title: 'Old group' };
    await store.subscribe({ chatId: group.id, chatType: 'group', cadence: 'daily', now: NOW });
    await bot.handleUpdate({ update_id: updateId++, message: { message_id: 5, date: 0, chat: group, from: USER, migrate_to_chat_id: -1007001 } } as Update);
    expect(await store.getSubscription(group.id)).toBeNull();
    expect(await store.getSubscription(-1007001)).toMatchObject({ cadence: 'daily', chatType: 'supergroup' });
  });

  it.each(['kicked', 'left'])('ends the subscription when the bot is %s', async (status) => {
    await store.subscribe({ chatId: GROUP.id, chatType: 'supergroup', cadence: 'daily', now: NOW });
    await bot.handleUpdate(botStatusChanged(status));
    expect(await store.getSubscription(GROUP.id)).toBeNull();
  });

  it('keeps the subscription when the bot is only promoted', async () => {
    await store.subscribe({ chatId: GROUP.id, chatType: 'supergroup', cadence: 'daily', now: NOW });
    await bot.handleUpdate(botStatusChanged('administrator'));
    expect(await store.getSubscription(GROUP.id)).not.toBeNull();
  });
});

describe('while the database is unavailable', () => {
  async function botWithoutDatabase() {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const connection = await connectStore(
      async () => {
        throw refused;
      },
      { logger: silentLogger, baseDelayMs: 60_000 },
    );
    const offline = new Telegraf<BotContext>('123456:TEST-token-for-tests-only-xxxxx');
    offline.botInfo = bot.botInfo;
    offline.catch((err) => {
      throw err;
    });
    registerSubscriptionCommands(offline, { store: connection.store, getKnowledge: () => makeKnowledge(BASE_ARTICLES), logger: silentLogger, now: () => NOW });
    return { offline, connection };
  }

  it.each(['/subscribe daily', '/unsubscribe', '/settings', '/settings hour 8', '/digest'])('answers %j with "briefly unavailable", not silence', async (text) => {
    const { offline, connection } = await botWithoutDatabase();
    await offline.handleUpdate(command(PRIVATE, text));
    expect(lastReply()).toBe(SUBSCRIPTIONS_UNAVAILABLE);
    await connection.close();
  });

  it('lets service updates through without failing the update', async () => {
    const { offline, connection } = await botWithoutDatabase();
    await expect(offline.handleUpdate(botStatusChanged('kicked'))).resolves.toBeUndefined();
    await connection.close();
  });

  it('says the same when PostgreSQL drops the connection mid-call', async () => {
    const dropped = Object.assign(new Error('Connection terminated unexpectedly'), {});
    vi.spyOn(store, 'getSubscription').mockRejectedValue(dropped);
    await bot.handleUpdate(command(PRIVATE, '/unsubscribe'));
    expect(lastReply()).toBe(SUBSCRIPTIONS_UNAVAILABLE);
  });
});
