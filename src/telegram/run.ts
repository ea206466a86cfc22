/** One call for main.ts (and the e2e entry): build the bot, start it, publish the command menu. */
import type { Context, Telegraf } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import type { Config } from '../config.ts';
import type { Knowledge } from '../core/knowledge.ts';
import type { Logger } from '../logger.ts';
import type { AnswerFn } from './bot-deps.ts';
import { registerCommands } from './commands.ts';
import { createBot, type BotFeature } from './create-bot.ts';
import { startBot, type RunningBot } from './launch.ts';

export interface RunTelegramOptions {
  config: Config;
  logger: Logger;
  getKnowledge: () => Knowledge;
  answer?: AnswerFn;
  features?: BotFeature[];
  /** Menu entries for the features' commands. */
  commands?: BotCommand[];
  now?: () => Date;
}

export interface TelegramRuntime extends RunningBot {
  bot: Telegraf<Context>;
}

export async function runTelegram(opts: RunTelegramOptions): Promise<TelegramRuntime> {
  const log = opts.logger.child({ component: 'telegram' });
  const bot = createBot({ ...opts, logger: log });
  const running = await startBot(bot, opts.config, log);
  // The menu is a nicety: not awaited, and its failure is logged inside.
  void registerCommands(bot, log, opts.commands);
  return { bot, ...running };
}
