/** The command menu Telegram shows next to the input field. */
import type { Telegraf } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import type { Logger } from '../logger.ts';
import type { BotContext } from './update-context.ts';

export const BOT_COMMANDS: BotCommand[] = [
  { command: 'ask', description: 'Ask a question about Turkic cultural cooperation' },
  { command: 'events', description: 'Recent and upcoming events' },
  { command: 'sources', description: 'The articles I answer from' },
  { command: 'help', description: 'How to ask' },
  { command: 'language', description: 'Reply language: en, ru, kk, tr, az, uz, or auto' },
  { command: 'about', description: 'Where the answers come from' },
  { command: 'start', description: 'What I know, with example questions' },
];

/** The digest commands (src/telegram/subscribe-commands.ts), in the menu of every chat. */
export const SUBSCRIPTION_COMMANDS: BotCommand[] = [
  { command: 'subscribe', description: 'Get a digest of new events (daily or weekly, with optional filters)' },
  { command: 'unsubscribe', description: 'Stop the digest' },
  { command: 'settings', description: 'Digest hour, time zone, language, filters' },
  { command: 'digest', description: 'Show the digest now' },
];

/**
 * What a group member needs first: how to ask and how to subscribe the group. /start is left out
 * (it is a private-chat greeting).
 */
export function groupCommands(all: BotCommand[]): BotCommand[] {
  const first = ['ask', 'subscribe', 'settings', 'unsubscribe', 'digest', 'events', 'help'];
  const byName = new Map(all.map((c) => [c.command, c]));
  return [...first.flatMap((name) => byName.get(name) ?? []), ...all.filter((c) => !first.includes(c.command) && c.command !== 'start')];
}

/**
 * Publishes the command menu: one for every chat, and one for groups that leads with the digest
 * commands (a group admin otherwise had no way to discover /subscribe). A bot without a menu still works, so a failure (an API that lacks the
 * method, as the test emulator does) is logged and swallowed: this never rejects.
 */
export async function registerCommands(bot: Telegraf<BotContext>, logger: Logger, extra: BotCommand[] = []): Promise<boolean> {
  try {
    const all = [...BOT_COMMANDS, ...extra];
    await bot.telegram.setMyCommands(all);
    await bot.telegram.setMyCommands(groupCommands(all), { scope: { type: 'all_group_chats' } });
    logger.info({ commands: all.length }, 'command menu set');
    return true;
  } catch (err) {
    logger.warn({ err }, 'could not set the command menu; continuing without it');
    return false;
  }
}
