/** One call for main.ts (and the e2e entry): build the bot, start it, publish the command menu. */
import { Telegram, type Telegraf } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import type { Config } from '../config.ts';
import type { Knowledge } from '../core/knowledge.ts';
import type { SendMessage } from '../digest/deliver-digests.ts';
import type { Logger } from '../logger.ts';
import type { AnswerFn } from './bot-deps.ts';
import { registerCommands } from './commands.ts';
import type { EditorsDeps } from './features/editors.ts';
import type { ChatLanguages } from './features/language.ts';
import { createBot, type BotFeature } from './create-bot.ts';
import { startBot, type RunningBot } from './launch.ts';
import { Outbox, queuedCallApi, type OutboxLimits } from './outbox.ts';
import { OverloadGate } from './overload-gate.ts';
import { installRetry } from './retry.ts';
import { UpdateIntake } from './update-intake.ts';
import type { BotContext } from './update-context.ts';

export interface RunTelegramOptions {
  config: Config;
  logger: Logger;
  getKnowledge: () => Knowledge;
  answer?: AnswerFn;
  features?: BotFeature[];
  /** Menu entries for the features' commands. */
  commands?: BotCommand[];
  now?: () => Date;
  limits?: Partial<OutboxLimits>;
  editors?: EditorsDeps;
  chatLanguages?: ChatLanguages;
}

export interface TelegramRuntime extends RunningBot {
  bot: Telegraf<BotContext>;
  outbox: Outbox;
  overload: OverloadGate;
  /** sendMessage for the digest job: through the same outgoing queue, behind replies to people. */
  sendDigestMessage: SendMessage;
}

/** Updates still in hand at shutdown get this long to finish. */
const DRAIN_MS = 10_000;

export async function runTelegram(opts: RunTelegramOptions): Promise<TelegramRuntime> {
  const log = opts.logger.child({ component: 'telegram' });
  const outbox = new Outbox({ logger: log, limits: opts.limits });
  const overload = new OverloadGate(outbox, log);
  const intake = new UpdateIntake();
  const bot = createBot({ ...opts, logger: log, outbox, overload, intake });
  const running = await startBot(bot, opts.config, log);
  // The menu is a nicety: not awaited, and its failure is logged inside.
  void registerCommands(bot, log, opts.commands);

  const digestApi = new Telegram(bot.telegram.token, bot.telegram.options);
  installRetry(digestApi, log, { queue: (raw, retrying) => queuedCallApi(outbox, raw, retrying, 'digest') });

  let stopping: Promise<void> | undefined;
  return {
    bot,
    outbox,
    overload,
    ...running,
    sendDigestMessage: (chatId, html, extra) => digestApi.sendMessage(chatId, html, extra),
    stop: (reason) =>
      (stopping ??= (async () => {
        await running.stop(reason);
        const left = await intake.drain(DRAIN_MS);
        if (left > 0) log.warn({ left, queued: outbox.stats().queued }, 'stopped with updates still in hand: their replies are not sent');
      })()),
  };
}
