import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { editorStats, formatStats } from '../../src/editors/stats.ts';
import { hashUser } from '../../src/editors/user-hash.ts';
import { createLogger } from '../../src/logger.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { NOT_AN_OPERATOR, VOTE_THANKS, type EditorsDeps } from '../../src/telegram/features/editors.ts';
import { foundAnswer, notFoundAnswer } from './helpers/answers.ts';
import { callbackUpdate, groupChat, makeBot, privateChat, stubApi, textUpdate, USER } from './helpers/harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'tcb-editors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const NOW = new Date('2025-11-20T12:00:00Z');
const ADMIN = { ...USER, id: 9001, first_name: 'Editor' };
const OTHER = { ...USER, id: 4343, first_name: 'Bek' };
const SALT = 'test-salt-0123456789';

function setup() {
  const path = join(dir, `editors-${Math.random().toString(36).slice(2)}.sqlite`);
  const store = SqliteStore.open(path);
  let reloads = 0;
  // A second passes between log entries, so "newest first" is well defined.
  let tick = 0;
  const editors: EditorsDeps = { store, salt: SALT, adminIds: [ADMIN.id], reload: async () => (reloads++, true), now: () => new Date(NOW.getTime() + 1000 * tick++), logger: createLogger({ level: 'silent' }) };
  const api = stubApi();
  const { bot } = makeBot({
    answerWith: (q) => (/weather|TURKSOY budget/i.test(q) ? notFoundAnswer(q) : foundAnswer(q, { language: 'en', confidence: 0.8 })),
    editors,
  });
  return { store, path, api, bot, reloads: () => reloads };
}

function buttonsOf(payload: Record<string, unknown>) {
  return ((payload.reply_markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? []).flat() as { text: string; callback_data: string }[];
}

describe('the editors\' loop', () => {
  it('puts 👍/👎 under a found answer, records one vote per user (changeable), and keeps no raw user id', async () => {
    const { store, path, api, bot } = setup();
    await bot.handleUpdate(textUpdate('Who is the Secretary General of TURKSOY?'));
    const buttons = buttonsOf(api.of('sendMessage')[0]!.payload);
    expect(buttons.map((b) => b.text)).toEqual(['Show paragraph', '👍', '👎']);
    const up = buttons[1]!.callback_data;
    const down = buttons[2]!.callback_data;
    await bot.handleUpdate(callbackUpdate(up));
    await bot.handleUpdate(callbackUpdate(up));
    await bot.handleUpdate(callbackUpdate(down));
    await bot.handleUpdate(callbackUpdate(up, privateChat(OTHER.id), OTHER));
    expect(api.of('answerCallbackQuery').map((c) => c.payload.text)).toEqual([VOTE_THANKS, VOTE_THANKS, VOTE_THANKS, VOTE_THANKS]);
    const [logged] = await store.questionsSince(new Date(0));
    expect(logged).toMatchObject({ question: 'Who is the Secretary General of TURKSOY?', found: true, up: 1, down: 1, confidence: 0.8, sourceIds: ['000_993de1ac3d74d2d6'] });
    expect(logged!.userHash).toBe(hashUser(USER.id, SALT));
    await store.close();
    expect(readFileSync(path).includes(Buffer.from(String(OTHER.id)))).toBe(false);
  });

  it('logs unanswered questions with no buttons, and /stats, /unanswered give the numbers of a scripted conversation', async () => {
    const { api, bot, store } = setup();
    const group = groupChat();
    await bot.handleUpdate(textUpdate('Who is the Secretary General of TURKSOY?'));
    await bot.handleUpdate(textUpdate('Where was the Turkic World Youth Meeting?'));
    await bot.handleUpdate(textUpdate('What is the weather in Ankara?'));
    await bot.handleUpdate(textUpdate('/ask What is the TURKSOY budget?', { chat: group }));
    await bot.handleUpdate(textUpdate('/ask what is the TURKSOY budget', { chat: group, from: OTHER }));
    const replies = api.of('sendMessage');
    expect(buttonsOf(replies[2]!.payload)).toEqual([]);
    // 👍 on the first answer, 👎 on the second.
    await bot.handleUpdate(callbackUpdate(buttonsOf(replies[0]!.payload)[1]!.callback_data));
    await bot.handleUpdate(callbackUpdate(buttonsOf(replies[1]!.payload)[2]!.callback_data));

    await bot.handleUpdate(textUpdate('/stats', { from: ADMIN, chat: privateChat(ADMIN.id) }));
    const stats = api.texts().at(-1)!;
    expect(stats).toContain('Questions, last 24 hours: 5, answered 2 (40%)');
    expect(stats).toContain('Votes, last 7 days: 1 👍, 1 👎 on 2 answers; precision proxy (answers mostly 👍): 50%');
    expect(stats).toContain('1. what is the TURKSOY budget (×2)');
    await bot.handleUpdate(textUpdate('/unanswered', { from: ADMIN, chat: privateChat(ADMIN.id) }));
    const unanswered = api.texts().at(-1)!;
    expect(unanswered).toContain('Latest 4 unanswered');
    expect(unanswered).toContain('supergroup · what is the TURKSOY budget');
    expect(unanswered).toContain('👎1 · Where was the Turkic World Youth Meeting?');
    await store.close();
  });

  it('refuses /stats, /unanswered and /reload to anyone not in ADMIN_IDS, and reloads for an operator', async () => {
    const { api, bot, reloads, store } = setup();
    for (const cmd of ['/stats', '/unanswered', '/reload']) await bot.handleUpdate(textUpdate(cmd));
    expect(api.texts()).toEqual([NOT_AN_OPERATOR, NOT_AN_OPERATOR, NOT_AN_OPERATOR]);
    expect(reloads()).toBe(0);
    await bot.handleUpdate(textUpdate('/reload', { from: ADMIN, chat: privateChat(ADMIN.id) }));
    expect(reloads()).toBe(1);
    expect(api.texts().at(-1)).toBe('Index reloaded.');
    await store.close();
  });
});

describe('editorStats', () => {
  it('counts the day and the week apart, and says "no votes yet" without votes', () => {
    const q = (id: string, askedAt: string, found: boolean) => ({ id, askedAt, question: id, language: 'en', chatType: 'private' as const, found, confidence: 0, sourceIds: [], userHash: 'h', up: 0, down: 0 });
    const s = editorStats([q('a', '2025-11-20T10:00:00.000Z', true), q('b', '2025-11-15T10:00:00.000Z', false), q('c', '2025-11-01T10:00:00.000Z', false)], NOW);
    expect(s.day).toEqual({ questions: 1, answered: 1 });
    expect(s.week).toEqual({ questions: 2, answered: 1 });
    expect(s.precision).toBeNull();
    expect(formatStats(s)).toContain('no votes yet');
  });
});
