/**
 * Drives the real bot with bot.handleUpdate and records every Bot API call. Telegraf makes a new
 * Telegram object per update, so the recording stub sits on Telegram.prototype.callApi.
 */
import { Telegram, TelegramError } from 'telegraf';
import type { Update, UserFromGetMe, Message, MessageEntity } from 'telegraf/types';
import { vi } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.ts';
import type { Answer } from '../../../src/core/types.ts';
import { createLogger } from '../../../src/logger.ts';
import { createBot, type CreateBotOptions } from '../../../src/telegram/create-bot.ts';
import { fakeKnowledge } from './fake-knowledge.ts';
import { foundAnswer } from './answers.ts';

export const BOT_INFO: UserFromGetMe = {
  id: 777,
  is_bot: true,
  first_name: 'Turkic culture bot',
  username: 'TurkicCultureBot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
};

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

/** A per-method override: return a result, or throw to simulate an API error. */
export type MethodHandler = (payload: Record<string, unknown>, attempt: number) => unknown;

export function apiError(code: number, description: string, parameters?: { retry_after?: number }): TelegramError {
  return new TelegramError({ ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) } as ConstructorParameters<typeof TelegramError>[0]);
}

export function stubApi(handlers: Record<string, MethodHandler> = {}) {
  const calls: ApiCall[] = [];
  const attempts = new Map<string, number>();
  let messageId = 1000;
  const spy = vi.spyOn(Telegram.prototype, 'callApi').mockImplementation((async (method: string, payload: Record<string, unknown>) => {
    calls.push({ method, payload });
    const attempt = (attempts.get(method) ?? 0) + 1;
    attempts.set(method, attempt);
    const handler = handlers[method];
    if (handler) {
      try {
        return await handler(payload, attempt);
      } catch (err) {
        // The real client says which call failed; errors made by a test get the same.
        throw err instanceof TelegramError ? new TelegramError(err.response, { method, payload }) : err;
      }
    }
    if (method === 'getMe') return BOT_INFO;
    if (method === 'sendMessage') {
      return { message_id: ++messageId, date: 0, chat: { id: payload.chat_id, type: 'private' }, text: payload.text };
    }
    return true;
  }) as unknown as Telegram['callApi']);
  return {
    calls,
    spy,
    of: (method: string) => calls.filter((c) => c.method === method),
    texts: () => calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.payload.text)),
  };
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export function captureLogger() {
  const lines: LogLine[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (s: string) => void lines.push(JSON.parse(s) as LogLine) } });
  return { logger, lines };
}

export function makeBot(opts: Partial<CreateBotOptions> & { answerWith?: (q: string) => Answer } = {}) {
  const { logger, lines } = captureLogger();
  const knowledge: Knowledge = fakeKnowledge();
  const questions: string[] = [];
  const answerWith = opts.answerWith ?? ((q: string) => foundAnswer(q));
  const bot = createBot({
    config: { TELEGRAM_BOT_TOKEN: '123456:TEST-token-for-tests-only', TELEGRAM_API_ROOT: 'https://api.telegram.org' },
    logger,
    getKnowledge: () => knowledge,
    answer: (_k, q) => {
      questions.push(q);
      return answerWith(q);
    },
    now: () => new Date('2025-11-20T12:00:00Z'),
    retry: { sleep: async () => {} },
    ...opts,
  });
  bot.botInfo = BOT_INFO;
  return { bot, logs: lines, questions, knowledge };
}

// ---- update builders -------------------------------------------------------------------------------

let nextUpdateId = 1;
let nextMessageId = 1;
const USER = { id: 42, is_bot: false, first_name: 'Aida', username: 'aida' };

export function privateChat(id = 42) {
  return { id, type: 'private' as const, first_name: 'Aida' };
}
export function groupChat(id = -100500) {
  return { id, type: 'supergroup' as const, title: 'Turkic culture fans' };
}

type Chat = ReturnType<typeof privateChat> | ReturnType<typeof groupChat>;

export function textUpdate(text: string, opts: { chat?: Chat; from?: typeof USER; entities?: MessageEntity[]; replyTo?: Partial<Message> } = {}): Update {
  const command = /^\/[\w]+(@\w+)?/.exec(text);
  const entities = opts.entities ?? (command ? [{ type: 'bot_command' as const, offset: 0, length: command[0].length }] : undefined);
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: 1_763_640_000,
      chat: opts.chat ?? privateChat(),
      from: opts.from ?? USER,
      text,
      ...(entities ? { entities } : {}),
      ...(opts.replyTo ? { reply_to_message: opts.replyTo } : {}),
    },
  } as Update;
}

export function stickerUpdate(chat: Chat = privateChat()): Update {
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: 1_763_640_000,
      chat,
      from: USER,
      sticker: { file_id: 'x', file_unique_id: 'y', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false },
    },
  } as Update;
}

export function callbackUpdate(data: string, chat: Chat = privateChat(), from: typeof USER = USER): Update {
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: String(nextUpdateId),
      from,
      chat_instance: 'ci',
      data,
      message: { message_id: 5, date: 1_763_640_000, chat, text: 'earlier reply', from: BOT_INFO },
    },
  } as Update;
}

export function inlineUpdate(query: string): Update {
  return { update_id: nextUpdateId++, inline_query: { id: 'iq1', from: USER, query, offset: '' } } as Update;
}

export { USER };
