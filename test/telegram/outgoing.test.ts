/**
 * The bot with its outgoing queue, overload gate and update intake, on a manual clock: what users see
 * when replies have to wait.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Outbox, type OutboxLimits } from '../../src/telegram/outbox.ts';
import { BUSY_NOTICE, OverloadGate, type OverloadOptions } from '../../src/telegram/overload-gate.ts';
import { UpdateIntake } from '../../src/telegram/update-intake.ts';
import { apiError, callbackUpdate, captureLogger, groupChat, makeBot, privateChat, stubApi, textUpdate, USER } from './helpers/harness.ts';
import { manualClock } from './helpers/manual-clock.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

function outgoing(limits: Partial<OutboxLimits> = {}, overloadOpts: Partial<OverloadOptions> = {}) {
  const clock = manualClock();
  const { logger, lines } = captureLogger();
  const outbox = new Outbox({ logger, clock, limits });
  const overload = new OverloadGate(outbox, logger, { now: clock.now, ...overloadOpts });
  return { clock, outbox, overload, lines };
}

const from = (id: number) => ({ ...USER, id });
const ask = (text: string, chat: number) => textUpdate(text, { chat: privateChat(chat), from: from(chat) });

describe('replies through the outgoing queue', () => {
  it('paces a group, and shows "typing" to the asker whose answer waits', async () => {
    const api = stubApi();
    const o = outgoing({ typingAfterMs: 2_000 });
    const { bot } = makeBot({ outbox: o.outbox, overload: o.overload });
    const handled = Promise.all([bot.handleUpdate(textUpdate('/ask first', { chat: groupChat() })), bot.handleUpdate(textUpdate('/ask second', { chat: groupChat() }))]);
    await o.clock.advance(1_999);
    expect(api.calls.map((c) => c.method)).toEqual(['sendMessage']);
    await o.clock.advance(1);
    expect(api.of('sendChatAction')[0]?.payload).toMatchObject({ chat_id: -100500, action: 'typing' });
    await o.clock.advance(1_000);
    await handled;
    expect(api.calls.map((c) => c.method)).toEqual(['sendMessage', 'sendChatAction', 'sendMessage']);
  });

  it('still answers when "typing" fails, and does not retry it', async () => {
    const api = stubApi({
      sendChatAction: () => {
        throw apiError(500, 'Internal Server Error');
      },
    });
    const o = outgoing({ typingAfterMs: 2_000 });
    const { bot } = makeBot({ outbox: o.outbox, overload: o.overload });
    const handled = Promise.all([bot.handleUpdate(textUpdate('/ask first', { chat: groupChat() })), bot.handleUpdate(textUpdate('/ask second', { chat: groupChat() }))]);
    await o.clock.advance(5_000);
    await handled;
    expect(api.of('sendChatAction')).toHaveLength(1);
    expect(api.texts()).toHaveLength(2);
  });

  it('pauses replies to every chat on a 429, and loses none', async () => {
    const api = stubApi({
      sendMessage: (p, attempt) => {
        if (attempt === 1) throw apiError(429, 'Too Many Requests: retry after 2', { retry_after: 2 });
        return { message_id: attempt, date: 0, chat: { id: p.chat_id, type: 'private' }, text: p.text };
      },
    });
    const o = outgoing();
    const { bot, logs } = makeBot({ outbox: o.outbox, overload: o.overload });
    const first = bot.handleUpdate(ask('first', 1));
    await o.clock.settle();
    const second = bot.handleUpdate(ask('second', 2));
    await o.clock.advance(1_999);
    expect(api.of('sendMessage')).toHaveLength(1);
    await o.clock.advance(1);
    await Promise.all([first, second]);
    expect(api.of('sendMessage').map((c) => c.payload.chat_id)).toEqual([1, 1, 2]);
    expect(logs.filter((l) => l.level >= 50)).toEqual([]);
  });
});

describe('overload gate', () => {
  /** Pauses the queue for 10 s with a 429 on the first message, so replies pile up. */
  function stalledApi() {
    return stubApi({
      sendMessage: (p, attempt) => {
        if (attempt === 1) throw apiError(429, 'Too Many Requests: retry after 10', { retry_after: 10 });
        return { message_id: attempt, date: 0, chat: { id: p.chat_id, type: 'private' }, text: p.text };
      },
    });
  }

  it('past the backlog, tells each chat once to ask again later, counts and logs the rest', async () => {
    const api = stalledApi();
    // A backlog of 2 messages: 1 a second for 2 seconds.
    const o = outgoing({ globalPerSecond: 1, maxBacklogSeconds: 2 });
    const { bot, questions } = makeBot({ outbox: o.outbox, overload: o.overload });
    const handled = [bot.handleUpdate(ask('admitted 1', 1))];
    await o.clock.settle();
    handled.push(bot.handleUpdate(ask('admitted 2', 2)));
    await o.clock.settle();
    for (let i = 0; i < 3; i++) handled.push(bot.handleUpdate(ask(`refused ${i}`, 3)));
    handled.push(bot.handleUpdate(ask('refused too', 4)));
    await o.clock.settle();
    expect(questions).toEqual(['admitted 1', 'admitted 2']);
    expect(o.overload.stats()).toEqual({ inHand: 2, admitted: 2, refused: 4, noticed: 2, dropped: 2 });
    expect(o.lines.find((l) => l.msg === 'backlog full: new questions get a busy notice')).toMatchObject({ level: 40, in_hand: 2, limit: 2 });

    await o.clock.advance(20_000);
    await Promise.all(handled);
    const to = (chat: number) => api.of('sendMessage').filter((c) => c.payload.chat_id === chat && c.payload.text === BUSY_NOTICE);
    expect(to(3)).toHaveLength(1);
    expect(to(4)).toHaveLength(1);
    // After the pause the notices go first: "ask again in a minute" is no use minutes later.
    expect(api.of('sendMessage').map((c) => c.payload.chat_id)).toEqual([1, 3, 4, 1, 2]);
    expect(o.overload.stats().inHand).toBe(0);

    // With room again, the next question is answered and the spell's counts are logged.
    await bot.handleUpdate(ask('answered again', 3));
    expect(questions.at(-1)).toBe('answered again');
    expect(o.lines.find((l) => l.msg === 'backlog has room again: questions were refused')).toMatchObject({ refused: 4, noticed: 2, dropped: 2 });
  });

  it('drops refusals without a notice once too many notices are queued', async () => {
    stalledApi();
    const o = outgoing({ globalPerSecond: 1, maxBacklogSeconds: 1 }, { maxNoticesQueued: 1 });
    const { bot } = makeBot({ outbox: o.outbox, overload: o.overload });
    const handled = [bot.handleUpdate(ask('admitted', 1))];
    await o.clock.settle();
    handled.push(bot.handleUpdate(ask('noticed', 2)), bot.handleUpdate(ask('dropped', 3)));
    await o.clock.settle();
    expect(o.overload.stats()).toMatchObject({ refused: 2, noticed: 1, dropped: 1 });
    await o.clock.advance(20_000);
    await Promise.all(handled);
  });

  it('bounds one group to what its own limit sends in the backlog time, replying to the asker', async () => {
    const api = stubApi();
    // 20 a minute for 6 s: 2 messages for the group; the bot as a whole could take 150.
    const o = outgoing({ maxBacklogSeconds: 6 });
    const { bot } = makeBot({ outbox: o.outbox, overload: o.overload });
    const group = groupChat();
    const updates = [1, 2, 3].map((i) => textUpdate(`/ask q${i}`, { chat: group }));
    const handled = updates.map((u) => bot.handleUpdate(u));
    await o.clock.advance(10_000);
    await Promise.all(handled);
    const notice = api.of('sendMessage').find((c) => c.payload.text === BUSY_NOTICE);
    expect(notice?.payload).toMatchObject({ chat_id: group.id, reply_parameters: { message_id: (updates[2] as { message: { message_id: number } }).message.message_id } });
    expect(api.of('sendMessage')).toHaveLength(3);
  });

  it('answers a refused button press with the notice, once', async () => {
    const api = stalledApi();
    const o = outgoing({ globalPerSecond: 1, maxBacklogSeconds: 1 });
    const { bot } = makeBot({ outbox: o.outbox, overload: o.overload });
    const handled = [bot.handleUpdate(ask('admitted', 1))];
    await o.clock.settle();
    await bot.handleUpdate(callbackUpdate('p:000_993de1ac3d74d2d6#0', privateChat(5)));
    await bot.handleUpdate(callbackUpdate('p:000_993de1ac3d74d2d6#0', privateChat(5)));
    expect(api.of('answerCallbackQuery').map((c) => c.payload.text)).toEqual([BUSY_NOTICE, undefined]);
    await o.clock.advance(20_000);
    await Promise.all(handled);
  });

  it('lets group chatter the bot ignores through without counting it', async () => {
    stalledApi();
    const o = outgoing({ globalPerSecond: 1, maxBacklogSeconds: 1 });
    const { bot } = makeBot({ outbox: o.outbox, overload: o.overload });
    const handled = [bot.handleUpdate(ask('admitted', 1))];
    await o.clock.settle();
    await bot.handleUpdate(textUpdate('just chatting', { chat: groupChat() }));
    expect(o.overload.stats()).toMatchObject({ refused: 0, inHand: 1 });
    await o.clock.advance(20_000);
    await Promise.all(handled);
  });
});

describe('update intake', () => {
  it('lets Telegram go before the reply is sent, and drain waits for it', async () => {
    const api = stubApi({
      sendMessage: (p, attempt) => {
        if (attempt === 1) throw apiError(429, 'Too Many Requests: retry after 5', { retry_after: 5 });
        return { message_id: attempt, date: 0, chat: { id: p.chat_id, type: 'private' }, text: p.text };
      },
    });
    const o = outgoing();
    const intake = new UpdateIntake();
    const { bot } = makeBot({ outbox: o.outbox, overload: o.overload, intake });
    await bot.handleUpdate(ask('question', 1));
    // Refused with a 429, waiting in the queue: the update is still in hand.
    expect(intake.size).toBe(1);
    expect(api.texts()).toHaveLength(1);
    const drained = intake.drain(60_000);
    await o.clock.advance(5_000);
    await expect(drained).resolves.toBe(0);
    expect(api.texts()).toHaveLength(2);
  });

  it('logs an error from the background like bot.catch would', async () => {
    stubApi({
      sendMessage: () => {
        throw apiError(400, "Bad Request: can't parse entities");
      },
    });
    const o = outgoing();
    const intake = new UpdateIntake();
    const { bot, logs } = makeBot({ outbox: o.outbox, overload: o.overload, intake });
    const update = ask('question', 1);
    await bot.handleUpdate(update);
    await intake.drain(60_000);
    expect(logs.find((l) => l.error_code === 400)).toMatchObject({ level: 50, update_id: update.update_id, method: 'sendMessage' });
  });
});
