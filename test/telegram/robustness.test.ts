import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/core/types.ts';
import { SUBSCRIPTION_COMMANDS, registerCommands } from '../../src/telegram/commands.ts';
import { ANSWER_FAILED } from '../../src/telegram/features/ask.ts';
import { CHAT_FLOOD_WARNING, FLOOD_WARNING, INLINE_FLOOD_NOTICE } from '../../src/telegram/flood-middleware.ts';
import { foundAnswer } from './helpers/answers.ts';
import { apiError, callbackUpdate, captureLogger, groupChat, inlineUpdate, makeBot, privateChat, stubApi, textUpdate, USER } from './helpers/harness.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

const WARN = 40;
const ERROR = 50;

describe('flood limit', () => {
  it('answers 8 messages in 30 s, warns once on the 9th, ignores the 10th, and answers again after the window', async () => {
    const api = stubApi();
    let now = Date.parse('2025-11-20T12:00:00Z');
    const { bot, questions } = makeBot({ now: () => new Date(now) });
    for (let i = 1; i <= 10; i++) await bot.handleUpdate(textUpdate(`question ${i}`));
    expect(questions).toEqual(Array.from({ length: 8 }, (_, i) => `question ${i + 1}`));
    expect(api.texts().filter((t) => t === FLOOD_WARNING)).toHaveLength(1);
    expect(api.texts()).toHaveLength(9);

    // Someone else is not affected.
    await bot.handleUpdate(textUpdate('my own question', { from: { ...USER, id: 43 }, chat: privateChat(43) }));
    expect(questions.at(-1)).toBe('my own question');

    now += 30_001;
    await bot.handleUpdate(textUpdate('question 11'));
    expect(questions.at(-1)).toBe('question 11');
  });

  it('does not count group messages the bot ignores', async () => {
    stubApi();
    const { bot, questions } = makeBot();
    for (let i = 0; i < 20; i++) await bot.handleUpdate(textUpdate(`chatter ${i}`, { chat: groupChat() }));
    await bot.handleUpdate(textUpdate('/ask still allowed?', { chat: groupChat() }));
    expect(questions).toEqual(['still allowed?']);
  });

  it('limits button presses too, answering the callback so the button stops spinning', async () => {
    const api = stubApi();
    const { bot } = makeBot();
    for (let i = 0; i < 10; i++) await bot.handleUpdate(callbackUpdate('p:000_993de1ac3d74d2d6#0'));
    const answers = api.of('answerCallbackQuery');
    expect(answers).toHaveLength(10);
    expect(answers[8]!.payload.text).toBe(FLOOD_WARNING);
    expect(api.texts()).toHaveLength(8);
  });
});

describe('per-chat and inline limits', () => {
  it('holds a busy group to its budget whoever asks, warns the group once, and opens again after the window', async () => {
    const api = stubApi();
    let now = Date.parse('2025-11-20T12:00:00Z');
    const { bot, questions } = makeBot({ now: () => new Date(now), chatFlood: { max: 5, windowMs: 60_000 } });
    // Seven different members, one question each: no one is over their own limit.
    for (let i = 1; i <= 7; i++) await bot.handleUpdate(textUpdate(`/ask question ${i}`, { chat: groupChat(), from: { ...USER, id: 100 + i } }));
    expect(questions).toEqual(Array.from({ length: 5 }, (_, i) => `question ${i + 1}`));
    expect(api.texts().filter((t) => t === CHAT_FLOOD_WARNING)).toHaveLength(1);
    // Another group and private chats are not affected.
    await bot.handleUpdate(textUpdate('/ask elsewhere', { chat: groupChat(-100600), from: { ...USER, id: 200 } }));
    await bot.handleUpdate(textUpdate('in private', { from: { ...USER, id: 201 }, chat: privateChat(201) }));
    expect(questions.slice(-2)).toEqual(['elsewhere', 'in private']);
    now += 60_001;
    await bot.handleUpdate(textUpdate('/ask question 8', { chat: groupChat(), from: { ...USER, id: 108 } }));
    expect(questions.at(-1)).toBe('question 8');
  });

  it('counts inline queries against the user, with a polite notice once, then empty answers', async () => {
    const api = stubApi();
    const { bot, questions } = makeBot();
    for (let i = 1; i <= 10; i++) await bot.handleUpdate(inlineUpdate(`inline ${i}`));
    expect(questions).toHaveLength(8);
    const answers = api.of('answerInlineQuery');
    expect(answers).toHaveLength(10);
    expect(answers[8]!.payload.button).toMatchObject({ text: INLINE_FLOOD_NOTICE });
    expect(answers[8]!.payload.results).toEqual([]);
    expect(answers[9]!.payload.button).toBeUndefined();
    expect(INLINE_FLOOD_NOTICE.length).toBeLessThanOrEqual(64);
    // Inline use also spends the same allowance as messages.
    await bot.handleUpdate(textUpdate('a private question'));
    expect(questions).toHaveLength(8);
  });
});

describe('Bot API errors', () => {
  it('waits retry_after on 429 and sends again', async () => {
    const api = stubApi({
      sendMessage: (p, attempt) => {
        if (attempt === 1) throw apiError(429, 'Too Many Requests: retry after 3', { retry_after: 3 });
        return { message_id: 1, date: 0, chat: { id: p.chat_id, type: 'private' }, text: p.text };
      },
    });
    const delays: number[] = [];
    const { bot, logs } = makeBot({ retry: { sleep: async (ms) => void delays.push(ms) } });
    await bot.handleUpdate(textUpdate('Who is the Secretary General?'));
    expect(delays).toEqual([3000]);
    expect(api.of('sendMessage')).toHaveLength(2);
    expect(logs.some((l) => l.msg === 'telegram call failed, retrying' && l.code === 429)).toBe(true);
  });

  it('gives up at once when retry_after is longer than the cap, and logs it', async () => {
    const api = stubApi({
      sendMessage: () => {
        throw apiError(429, 'Too Many Requests: retry after 3600', { retry_after: 3600 });
      },
    });
    const { bot, logs } = makeBot();
    await expect(bot.handleUpdate(textUpdate('question'))).resolves.toBeUndefined();
    expect(api.of('sendMessage')).toHaveLength(1);
    expect(logs.some((l) => l.level === ERROR && l.error_code === 429)).toBe(true);
  });

  it('does not retry 403 (blocked), logs it as a warning with the update and chat ids', async () => {
    const api = stubApi({
      sendMessage: () => {
        throw apiError(403, 'Forbidden: bot was blocked by the user');
      },
    });
    const { bot, logs } = makeBot();
    const update = textUpdate('question');
    await expect(bot.handleUpdate(update)).resolves.toBeUndefined();
    expect(api.of('sendMessage')).toHaveLength(1);
    const line = logs.find((l) => l.error_code === 403);
    expect(line).toMatchObject({ level: WARN, update_id: update.update_id, chat_id: 42, method: 'sendMessage' });
  });

  it('logs a 400 and keeps handling later updates', async () => {
    let fail = true;
    const api = stubApi({
      sendMessage: (p) => {
        if (fail) {
          fail = false;
          throw apiError(400, "Bad Request: can't parse entities");
        }
        return { message_id: 2, date: 0, chat: { id: p.chat_id, type: 'private' }, text: p.text };
      },
    });
    const { bot, logs, questions } = makeBot();
    await bot.handleUpdate(textUpdate('first'));
    await bot.handleUpdate(textUpdate('second'));
    expect(questions).toEqual(['first', 'second']);
    expect(api.of('sendMessage')).toHaveLength(2);
    expect(logs.find((l) => l.error_code === 400)).toMatchObject({ level: ERROR, description: "Bad Request: can't parse entities" });
  });

  it('backs off on network errors and 5xx, then succeeds', async () => {
    const api = stubApi({
      sendMessage: (p, attempt) => {
        if (attempt === 1) throw Object.assign(new Error('socket hang up'), { name: 'FetchError', code: 'ECONNRESET' });
        if (attempt === 2) throw apiError(502, 'Bad Gateway');
        return { message_id: 3, date: 0, chat: { id: p.chat_id, type: 'private' }, text: p.text };
      },
    });
    const delays: number[] = [];
    const { bot } = makeBot({ retry: { sleep: async (ms) => void delays.push(ms) } });
    await bot.handleUpdate(textUpdate('question'));
    expect(delays).toEqual([500, 1000]);
    expect(api.of('sendMessage')).toHaveLength(3);
  });

  it('sends no "typing" for an answer that goes out at once (outgoing.test.ts covers a waiting one)', async () => {
    const api = stubApi();
    const { bot } = makeBot();
    await bot.handleUpdate(textUpdate('question'));
    expect(api.of('sendChatAction')).toHaveLength(0);
    expect(api.texts()).toHaveLength(1);
  });

  it('tells the user and logs it when the QA core throws, and keeps running', async () => {
    const api = stubApi();
    let calls = 0;
    const { bot, logs } = makeBot({
      answer: (_k, q) => {
        if (++calls === 1) throw new Error('qa: broken index');
        return foundAnswer(q);
      },
    });
    await bot.handleUpdate(textUpdate('first'));
    await bot.handleUpdate(textUpdate('second'));
    expect(logs.find((l) => l.msg === 'answering failed')).toMatchObject({ level: ERROR, err: { message: 'qa: broken index' } });
    expect(api.texts()).toEqual([ANSWER_FAILED, expect.stringMatching(/^<b>Sultan Raev is the Secretary General of TURKSOY\.<\/b>/)]);
  });

  it('tolerates a failing setMyCommands: logged, never thrown', async () => {
    const api = stubApi({
      setMyCommands: () => {
        throw apiError(500, 'Internal Server Error');
      },
    });
    const { bot } = makeBot();
    const { logger, lines } = captureLogger();
    await expect(registerCommands(bot, logger)).resolves.toBe(false);
    expect(lines.some((l) => l.level === WARN && l.msg.startsWith('could not set the command menu'))).toBe(true);
    // A 5xx is retried (with the test's instant sleep) before giving up.
    expect(api.of('setMyCommands')).toHaveLength(4);
  });

  it('publishes the command menu', async () => {
    const api = stubApi();
    const { bot } = makeBot();
    const { logger } = captureLogger();
    await expect(registerCommands(bot, logger, [{ command: 'subscribe', description: 'Weekly digest' }])).resolves.toBe(true);
    const commands = (api.of('setMyCommands')[0]!.payload.commands as { command: string }[]).map((c) => c.command);
    expect(commands).toEqual(['ask', 'events', 'sources', 'help', 'language', 'about', 'start', 'subscribe']);
  });

  it('publishes a group menu that leads with asking and the digest commands', async () => {
    const api = stubApi();
    const { bot } = makeBot();
    const { logger } = captureLogger();
    await registerCommands(bot, logger, SUBSCRIPTION_COMMANDS);
    const group = api.of('setMyCommands').find((c) => (c.payload.scope as { type?: string } | undefined)?.type === 'all_group_chats');
    const commands = (group!.payload.commands as { command: string }[]).map((c) => c.command);
    expect(commands.slice(0, 5)).toEqual(['ask', 'subscribe', 'settings', 'unsubscribe', 'digest']);
    expect(commands).not.toContain('start');
  });
});

describe('per-chat ordering', () => {
  it('replies in arrival order within a chat even when the first answer is slower, other chats in parallel', async () => {
    const api = stubApi();
    const delays: Record<string, number> = { slow: 60, fast: 0, other: 0 };
    const { bot } = makeBot({
      answer: async (_k, q): Promise<Answer> => {
        await new Promise((r) => setTimeout(r, delays[q] ?? 0));
        return foundAnswer(q, { short: q });
      },
    });
    // Webhooks deliver concurrently: start all three before any finishes.
    await Promise.all([
      bot.handleUpdate(textUpdate('slow')),
      bot.handleUpdate(textUpdate('fast')),
      bot.handleUpdate(textUpdate('other', { from: { ...USER, id: 7 }, chat: privateChat(7) })),
    ]);
    const order = api.texts().map((t) => /^<b>(\w+)<\/b>/.exec(t)?.[1]);
    expect(order).toEqual(['other', 'slow', 'fast']);
  });
});
