/**
 * The console chat: the Telegram bot's own handlers and formatting, driven from a terminal or a pipe.
 * Each line becomes a private-chat update fed to bot.handleUpdate; the Bot API calls the handlers make
 * are answered here and their HTML printed as plain text. `echo "question" | npm start` answers and exits.
 *
 * Buttons are printed as `[1] label`; typing the number presses the button of the last reply.
 */
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Update, UserFromGetMe } from 'telegraf/types';
import type { Knowledge } from '../core/knowledge.ts';
import type { Logger } from '../logger.ts';
import type { AnswerFn } from '../telegram/bot-deps.ts';
import { createBot, type BotFeature } from '../telegram/create-bot.ts';
import { memoryChatLanguages } from '../telegram/features/language.ts';
import { htmlToText } from '../telegram/html.ts';
import type { CallApi } from '../telegram/retry.ts';

export interface ConsoleChatOptions {
  input: Readable;
  output: Writable;
  getKnowledge: () => Knowledge;
  /** Defaults to the QA core. */
  answer?: AnswerFn;
  logger: Logger;
  features?: BotFeature[];
  now?: () => Date;
}

const CONSOLE_BOT: UserFromGetMe = {
  id: 1,
  is_bot: true,
  first_name: 'Turkic culture bot',
  username: 'turkic_culture_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};
const USER = { id: 2, is_bot: false, first_name: 'You' };
const CHAT = { id: 2, type: 'private' as const, first_name: 'You' };

interface Button {
  text: string;
  data: string;
}

function buttonsOf(payload: Record<string, unknown>): Button[] {
  const markup = payload.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? []).flat().flatMap((b) => (b.callback_data ? [{ text: b.text, data: b.callback_data }] : []));
}

export async function runConsoleChat(opts: ConsoleChatOptions): Promise<void> {
  const { output } = opts;
  const interactive = (opts.input as Readable & { isTTY?: boolean }).isTTY === true;
  const write = (text: string) => output.write(`${text}\n`);
  let buttons: Button[] = [];
  let messageId = 0;

  // Stands in for the Bot API: prints what the bot sends, acknowledges everything else.
  const transport: CallApi = async (method, payload) => {
    const p = payload as Record<string, unknown>;
    switch (method) {
      case 'getMe':
        return CONSOLE_BOT;
      case 'sendMessage':
      case 'editMessageText': {
        write(htmlToText(String(p.text ?? '')));
        const shown = buttonsOf(p);
        if (shown.length) {
          buttons = shown;
          write(shown.map((b, i) => `[${i + 1}] ${b.text}`).join('\n'));
        }
        write('');
        return { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat: CHAT, text: p.text };
      }
      case 'answerCallbackQuery':
        if (typeof p.text === 'string' && p.text) write(`${p.text}\n`);
        return true;
      default:
        return true;
    }
  };

  const bot = createBot({
    config: { TELEGRAM_BOT_TOKEN: undefined, TELEGRAM_API_ROOT: 'https://api.telegram.org' },
    logger: opts.logger,
    getKnowledge: opts.getKnowledge,
    answer: opts.answer,
    features: opts.features,
    now: opts.now,
    flood: false,
    // No database here: /language lasts as long as the session.
    chatLanguages: memoryChatLanguages(),
    transport,
  });
  bot.botInfo = CONSOLE_BOT;

  let updateId = 0;
  const messageUpdate = (text: string): Update => {
    const command = /^\/\w+(@\w+)?/.exec(text);
    return {
      update_id: ++updateId,
      message: {
        message_id: ++messageId,
        date: Math.floor(Date.now() / 1000),
        chat: CHAT,
        from: USER,
        text,
        ...(command ? { entities: [{ type: 'bot_command' as const, offset: 0, length: command[0].length }] } : {}),
      },
    };
  };
  const pressUpdate = (button: Button): Update => ({
    update_id: ++updateId,
    callback_query: {
      id: String(updateId),
      from: USER,
      chat_instance: 'console',
      data: button.data,
      message: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: CHAT, text: '' },
    },
  });

  const rl = readline.createInterface({ input: opts.input, output: interactive ? output : undefined, terminal: interactive });
  if (interactive) {
    write('Turkic culture bot: ask a question about Turkic cultural cooperation. /help lists commands; Ctrl+D quits.');
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (line) {
      const button = /^\d+$/.test(line) ? buttons[Number(line) - 1] : undefined;
      await bot.handleUpdate(button ? pressUpdate(button) : messageUpdate(line));
    }
    if (interactive) rl.prompt();
  }
}
