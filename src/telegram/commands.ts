/** The command menu Telegram shows next to the input field. */
import type { Telegraf, Context } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import type { Logger } from '../logger.ts';

export const BOT_COMMANDS: BotCommand[] = [
  { command: 'ask', description: 'Ask a question about Turkic cultural cooperation' },
  { command: 'events', description: 'Recent and upcoming events' },
  { command: 'sources', description: 'The articles I answer from' },
  { command: 'help', description: 'How to ask' },
  { command: 'about', description: 'Where the answers come from' },
  { command: 'start', description: 'What I know, with example questions' },
];

/**
 * Publishes the command menu. A bot without a menu still works, so a failure (an API that lacks the
 * method, as the test emulator does) is logged and swallowed: this never rejects.
 */
export async function registerCommands(bot: Telegraf<Context>, logger: Logger, extra: BotCommand[] = []): Promise<boolean> {
  try {
    await bot.telegram.setMyCommands([...BOT_COMMANDS, ...extra]);
    logger.info({ commands: BOT_COMMANDS.length + extra.length }, 'command menu set');
    return true;
  } catch (err) {
    logger.warn({ err }, 'could not set the command menu; continuing without it');
    return false;
  }
}
