/**
 * The bot factory: dependencies in, a configured Telegraf out. Nothing here talks to the network until
 * the caller launches the bot (see launch.ts) or feeds it updates (tests, the console chat).
 */
import { Telegraf, Telegram } from 'telegraf';
import type { Config } from '../config.ts';
import type { Knowledge } from '../core/knowledge.ts';
import { answerQuestion } from '../core/qa/index.ts';
import type { Logger } from '../logger.ts';
import type { AnswerFn, BotDeps } from './bot-deps.ts';
import { CallbackCodec } from './callback-data.ts';
import { perChatQueue } from './chat-queue.ts';
import { registerAsk } from './features/ask.ts';
import { registerEvents } from './features/events.ts';
import { registerFallback } from './features/fallback.ts';
import { registerInline } from './features/inline.ts';
import { registerParagraph } from './features/paragraph.ts';
import { registerSources } from './features/sources.ts';
import { registerStart } from './features/start.ts';
import { DEFAULT_FLOOD_LIMIT, type FloodLimit } from './flood-guard.ts';
import { floodLimit } from './flood-middleware.ts';
import { registerEditors, type EditorsDeps } from './features/editors.ts';
import { registerLanguage, type ChatLanguages } from './features/language.ts';
import { queuedCallApi, type Outbox } from './outbox.ts';
import type { NoticeSender, OverloadGate } from './overload-gate.ts';
import { installRetry, type ApiOptions, type CallApi, type RetryOptions } from './retry.ts';
import { logUpdateError, updateContext } from './update-context.ts';
import type { UpdateIntake } from './update-intake.ts';
import type { BotContext } from './update-context.ts';

/** Questions longer than this are not questions (pasted articles, spam) and are not sent to the QA core. */
export const MAX_QUESTION_LENGTH = 2000;

export type BotFeature = (bot: Telegraf<BotContext>) => void;

export interface CreateBotOptions {
  config: Pick<Config, 'TELEGRAM_BOT_TOKEN' | 'TELEGRAM_API_ROOT'>;
  logger: Logger;
  getKnowledge: () => Knowledge;
  /** Defaults to the QA core's answerQuestion with `now()`. */
  answer?: AnswerFn;
  /** More commands from other modules (digest subscriptions); registered before the catch-all handlers. */
  features?: BotFeature[];
  now?: () => Date;
  /** `false` turns the limit off (the console chat reads piped questions as fast as they come). */
  flood?: FloodLimit | false;
  /** Budget of a whole group chat (default: 20 answers a minute, Telegram's own pace for a group). */
  chatFlood?: FloodLimit;
  retry?: Partial<RetryOptions>;
  /** Answers Bot API calls instead of HTTP (the console chat). */
  transport?: CallApi;
  maxQuestionLength?: number;
  /** The editors' loop: question log, 👍/👎 under answers, /stats, /unanswered, /reload. */
  editors?: EditorsDeps;
  /** Where /language keeps each chat's reply language (the store; memory in the console chat). */
  chatLanguages?: ChatLanguages;
  /** The outgoing queue: every call that puts something in a chat waits its turn there (outbox.ts). */
  outbox?: Outbox;
  /** Refuses new questions past the outgoing queue's backlog (overload-gate.ts). */
  overload?: OverloadGate;
  /** Handles updates in the background, so Telegram does not wait for their replies (update-intake.ts). */
  intake?: UpdateIntake;
}

/** Sends busy notices through the outbox at their own priority, ahead of the answers they are refused for. */
function busyNotices(bot: Telegraf<BotContext>, outbox: Outbox, logger: Logger, api: ApiOptions): NoticeSender {
  const telegram = new Telegram(bot.telegram.token, bot.telegram.options);
  installRetry(telegram, logger, { ...api, queue: (raw, retrying) => queuedCallApi(outbox, raw, retrying, 'notice') });
  return (ctx, text, extra) => telegram.sendMessage(ctx.chat!.id, text, extra);
}

export function createBot(opts: CreateBotOptions): Telegraf<BotContext> {
  const { logger } = opts;
  const now = opts.now ?? (() => new Date());
  const deps: BotDeps = {
    logger,
    getKnowledge: opts.getKnowledge,
    answer: opts.answer ?? ((knowledge, question) => answerQuestion(knowledge, question, { now: now() })),
    now,
    callbacks: new CallbackCodec(),
    maxQuestionLength: opts.maxQuestionLength ?? MAX_QUESTION_LENGTH,
    editors: opts.editors,
    chatLanguages: opts.chatLanguages,
  };
  const bot = new Telegraf<BotContext>(opts.config.TELEGRAM_BOT_TOKEN ?? '', {
    // Replies go out as their own requests, so their errors reach us (a webhook reply cannot fail visibly).
    telegram: { apiRoot: opts.config.TELEGRAM_API_ROOT, webhookReply: false },
  });
  const { outbox } = opts;
  const api: ApiOptions = {
    transport: opts.transport,
    retry: opts.retry,
    queue: outbox ? (raw, retrying) => queuedCallApi(outbox, raw, retrying, 'reply') : undefined,
  };
  installRetry(bot.telegram, logger, api);
  bot.catch(logUpdateError(logger));

  bot.use(updateContext(logger, api));
  if (opts.intake) bot.use(opts.intake.middleware(logUpdateError(logger)));
  // Before the per-chat queue, so updates waiting for their chat's turn count as in hand.
  if (opts.overload) bot.use(opts.overload.middleware(outbox && busyNotices(bot, outbox, logger, api)));
  bot.use(perChatQueue());
  if (opts.flood !== false) bot.use(floodLimit(opts.flood ?? DEFAULT_FLOOD_LIMIT, now, logger, opts.chatFlood));

  registerStart(bot, deps);
  registerAsk(bot, deps);
  registerSources(bot, deps);
  registerEvents(bot, deps);
  registerParagraph(bot, deps);
  registerInline(bot, deps);
  if (deps.editors) registerEditors(bot, deps.editors, deps.callbacks);
  if (deps.chatLanguages) registerLanguage(bot, deps.chatLanguages, now);
  for (const feature of opts.features ?? []) feature(bot);
  registerFallback(bot, deps);
  return bot;
}
