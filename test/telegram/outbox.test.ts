import { TelegramError } from 'telegraf';
import { describe, expect, it } from 'vitest';
import { Outbox, type ChatKey, type OutboxLimits, type Priority } from '../../src/telegram/outbox.ts';
import { captureLogger } from './helpers/harness.ts';
import { manualClock } from './helpers/manual-clock.ts';

function tooMany(seconds: number): TelegramError {
  return new TelegramError({ ok: false, error_code: 429, description: `Too Many Requests: retry after ${seconds}`, parameters: { retry_after: seconds } } as ConstructorParameters<typeof TelegramError>[0]);
}

/** An outbox on a manual clock, and a fake Bot API that records when each message and action went out. */
function setup(limits: Partial<OutboxLimits> = {}) {
  const clock = manualClock();
  const { logger, lines } = captureLogger();
  const outbox = new Outbox({ logger, clock, limits });
  const sent: { chat: ChatKey; text: string; at: number }[] = [];
  const typing: { chat: ChatKey; at: number }[] = [];
  const failures: unknown[] = [];
  const send = (chat: ChatKey, text: string, priority: Priority = 'reply') =>
    outbox.send({
      chat,
      priority,
      method: 'sendMessage',
      call: async () => {
        const failure = failures.shift();
        if (failure) throw failure;
        sent.push({ chat, text, at: clock.now() });
        return { text };
      },
      typing: priority === 'reply' ? async () => void typing.push({ chat, at: clock.now() }) : undefined,
    });
  return { clock, outbox, sent, typing, lines, send, failWith: (...errs: unknown[]) => failures.push(...errs) };
}

/** Puts the queue in its limited mode (as after a 429), then lets the pause pass. */
async function afterA429(t: ReturnType<typeof setup>): Promise<void> {
  t.failWith(tooMany(1));
  const probe = t.send(999_999, 'probe');
  // Paused 1 s; a second later the overall bucket is full again.
  await t.clock.advance(2_000);
  await probe;
  t.sent.length = 0;
}

describe('Outbox pacing', () => {
  it('sends at most one message a second to a private chat, in order', async () => {
    const t = setup();
    const done = Promise.all([1, 2, 3, 4].map((i) => t.send(42, `m${i}`)));
    await t.clock.advance(10_000);
    await done;
    expect(t.sent.map((s) => [s.text, s.at])).toEqual([
      ['m1', 0],
      ['m2', 1000],
      ['m3', 2000],
      ['m4', 3000],
    ]);
  });

  it('sends at most 20 messages a minute to a group', async () => {
    const t = setup();
    for (let i = 0; i < 41; i++) void t.send(-100123, `m${i}`);
    await t.clock.advance(60_000);
    // The first at once, then one every 3 s: 21 in the first minute (0 s ... 60 s), never 20 in 57 s.
    expect(t.sent).toHaveLength(21);
    const times = t.sent.map((s) => s.at);
    for (let i = 20; i < times.length; i++) expect(times[i]! - times[i - 20]!).toBeGreaterThanOrEqual(60_000);
    await t.clock.advance(60_000);
    expect(t.sent).toHaveLength(41);
  });

  it('does not make one chat wait for another', async () => {
    const t = setup();
    void t.send(-1, 'group a');
    void t.send(-1, 'group a again');
    void t.send(-2, 'group b');
    void t.send(7, 'private');
    await t.clock.settle();
    expect(t.sent.map((s) => s.text)).toEqual(['group a', 'group b', 'private']);
  });

  it('sends replies to many chats at once while Telegram accepts them', async () => {
    const t = setup();
    for (let chat = 1; chat <= 100; chat++) void t.send(chat, `to ${chat}`);
    await t.clock.settle();
    expect(t.sent).toHaveLength(100);
    expect(t.clock.now()).toBe(0);
  });

  it('after a 429, keeps the whole bot to 25 messages a second', async () => {
    const t = setup();
    await afterA429(t);
    for (let chat = 1; chat <= 100; chat++) void t.send(chat, `to ${chat}`);
    await t.clock.advance(999);
    // A second's worth at once, then 25 a second.
    expect(t.sent).toHaveLength(25 + 24);
    await t.clock.advance(2_001);
    expect(t.sent).toHaveLength(100);
    // After the burst, one every 40 ms.
    for (let i = 26; i < t.sent.length; i++) expect(t.sent[i]!.at - t.sent[i - 1]!.at).toBeGreaterThanOrEqual(40);
  });

  it('raises the overall limit by half after 30 quiet seconds, and lifts it past 100 a second', async () => {
    const t = setup();
    await afterA429(t);
    expect(t.outbox.stats().overallPerSecond).toBe(25);
    const rates: (number | null)[] = [];
    for (let i = 0; i < 4; i++) {
      await t.clock.advance(30_000);
      await t.send(1000 + i, 'tick');
      rates.push(t.outbox.stats().overallPerSecond);
    }
    expect(rates).toEqual([37.5, 56.25, 84.375, null]);
  });

  it('sends digests at most 25 a second even while replies are not limited', async () => {
    const t = setup();
    for (let chat = 1; chat <= 100; chat++) void t.send(-chat, `digest ${chat}`, 'digest');
    await t.clock.advance(999);
    expect(t.sent).toHaveLength(49);
    await t.clock.advance(2_001);
    expect(t.sent).toHaveLength(100);
  });
});

describe('Outbox and 429', () => {
  it('pauses the whole queue for retry_after, then sends the refused message first', async () => {
    const t = setup();
    t.failWith(tooMany(3));
    const first = t.send(1, 'refused once');
    await t.clock.settle();
    void t.send(2, 'other chat');
    void t.send(3, 'third chat');
    await t.clock.advance(2_999);
    expect(t.sent).toEqual([]);
    await t.clock.advance(1);
    await expect(first).resolves.toEqual({ text: 'refused once' });
    expect(t.sent.map((s) => [s.text, s.at])).toEqual([
      ['refused once', 3000],
      ['other chat', 3000],
      ['third chat', 3000],
    ]);
    expect(t.outbox.stats()).toMatchObject({ rateLimited: 1, sent: 3, failed: 0, queued: 0 });
    expect(t.lines.some((l) => l.msg === 'telegram rate limit: outgoing queue paused' && l.retry_after_ms === 3000)).toBe(true);
  });

  it('gives up on a message after repeated 429s, and the chat goes on', async () => {
    const t = setup({ maxRateLimitRetries: 2 });
    t.failWith(tooMany(1), tooMany(1), tooMany(1));
    const doomed = t.send(1, 'doomed');
    const next = t.send(1, 'next');
    const doomedResult = expect(doomed).rejects.toMatchObject({ code: 429 });
    await t.clock.advance(10_000);
    await doomedResult;
    await expect(next).resolves.toEqual({ text: 'next' });
    expect(t.outbox.stats()).toMatchObject({ failed: 1, sent: 1, rateLimited: 3 });
  });

  it('fails at once on a flood wait longer than 30 s, without holding up other chats', async () => {
    const t = setup();
    t.failWith(tooMany(3600));
    const flooded = t.send(-1, 'to the flooded group');
    const result = expect(flooded).rejects.toMatchObject({ code: 429 });
    void t.send(2, 'elsewhere');
    await t.clock.settle();
    await result;
    expect(t.sent.map((s) => s.text)).toEqual(['elsewhere']);
  });

  it('backs off a network error for that chat only, keeping the chat in order', async () => {
    const t = setup();
    t.failWith(Object.assign(new Error('socket hang up'), { name: 'FetchError', code: 'ECONNRESET' }));
    void t.send(1, 'first');
    void t.send(1, 'second');
    void t.send(2, 'other');
    await t.clock.advance(999);
    expect(t.sent.map((s) => s.text)).toEqual(['other']);
    await t.clock.advance(1_001);
    // The back-off is 0.5 s, but the failed attempt used the chat's second.
    expect(t.sent.map((s) => [s.text, s.at])).toEqual([
      ['other', 0],
      ['first', 1000],
      ['second', 2000],
    ]);
  });

  it('does not retry a 400 or 403: the caller gets the error', async () => {
    const t = setup();
    t.failWith(new TelegramError({ ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } as ConstructorParameters<typeof TelegramError>[0]));
    await expect(t.send(1, 'blocked')).rejects.toMatchObject({ code: 403 });
    expect(t.outbox.stats()).toMatchObject({ failed: 1, queued: 0 });
  });
});

describe('Outbox order and priority', () => {
  it('keeps each chat in the order its messages were queued, whatever the load', async () => {
    const t = setup();
    await afterA429(t);
    for (let i = 0; i < 5; i++) for (let chat = 1; chat <= 40; chat++) void t.send(chat, `${chat}:${i}`);
    await t.clock.advance(30_000);
    expect(t.sent).toHaveLength(200);
    for (let chat = 1; chat <= 40; chat++) {
      expect(t.sent.filter((s) => s.chat === chat).map((s) => s.text)).toEqual([0, 1, 2, 3, 4].map((i) => `${chat}:${i}`));
    }
  });

  it('sends replies before digests that were queued earlier', async () => {
    const t = setup();
    await afterA429(t);
    for (let chat = 1; chat <= 60; chat++) void t.send(-chat, 'digest', 'digest');
    for (let chat = 1; chat <= 10; chat++) void t.send(chat, 'reply');
    await t.clock.advance(5_000);
    const order = t.sent.map((s) => s.text);
    // The first second's burst went before the replies were queued...
    const firstReply = order.indexOf('reply');
    expect(firstReply).toBe(25);
    // ...and then every reply went before the next digest.
    expect(order.slice(firstReply, firstReply + 10)).toEqual(Array(10).fill('reply'));
    expect(order.filter((x) => x === 'digest')).toHaveLength(60);
  });

  it('sends busy notices ahead of waiting replies, but at most 5 a second', async () => {
    const t = setup();
    await afterA429(t);
    for (let chat = 1; chat <= 100; chat++) void t.send(chat, 'reply');
    for (let chat = 101; chat <= 120; chat++) void t.send(chat, 'notice', 'notice');
    await t.clock.advance(999);
    const order = t.sent.map((s) => s.text);
    // The first second's burst went as the replies were queued; then the notice budget (5 at once,
    // then 5 a second) goes ahead of the 75 replies still waiting, and answers keep the rest of the
    // overall 25 a second.
    expect(order.slice(0, 25)).toEqual(Array(25).fill('reply'));
    expect(order.slice(25, 30)).toEqual(Array(5).fill('notice'));
    expect(order).toHaveLength(25 + 24);
    expect(order.filter((x) => x === 'notice')).toHaveLength(5 + 4);
  });
});

describe('Outbox typing', () => {
  it('shows "typing" once to a reply that waits more than 3 s, and not to one sent sooner', async () => {
    const t = setup();
    void t.send(42, 'first');
    void t.send(42, 'second');
    void t.send(42, 'third');
    void t.send(42, 'fourth');
    void t.send(42, 'fifth');
    await t.clock.advance(10_000);
    // first 0 s, second 1 s, third 2 s, fourth 3 s, fifth 4 s: only the fifth waited past 3 s.
    expect(t.typing).toEqual([{ chat: 42, at: 3000 }]);
    expect(t.sent).toHaveLength(5);
  });

  it('gives typing to the newest waiters first when there is more than the action budget', async () => {
    const t = setup({ actionsPerSecond: 2 });
    await afterA429(t);
    for (let chat = 1; chat <= 200; chat++) void t.send(chat, 'answer');
    await t.clock.advance(3_000);
    // At 3 s, questions 1-74 are answered; 75-200 wait. The budget of 2 goes to the newest.
    expect(t.typing.map((x) => x.chat)).toEqual([200, 199]);
  });

  it('never sends typing for digests', async () => {
    const t = setup({ globalPerSecond: 1 });
    for (let chat = 1; chat <= 10; chat++) void t.send(-chat, 'digest', 'digest');
    await t.clock.advance(20_000);
    expect(t.typing).toEqual([]);
  });
});

describe('Outbox backlog limits', () => {
  it('takes on what it can send in five minutes at 25 a second, and per chat at its own limit', () => {
    const t = setup();
    expect(t.outbox.backlogLimit()).toBe(7500);
    expect(t.outbox.chatBacklogLimit(42)).toBe(300);
    expect(t.outbox.chatBacklogLimit(-100123)).toBe(100);
  });
});
