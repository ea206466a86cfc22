/**
 * Keeps the bot's backlog bounded. Every update that will be answered (a message meant for the bot, a
 * button press) holds a place from arrival until its reply has gone out. Past what the outgoing queue
 * can send in about five minutes (Outbox#backlogLimit), or past what one chat's own limit sends in that
 * time, new questions are not answered: the chat gets one short notice, and nothing more until the
 * backlog has room again. The notice is queued too, ahead of answers but on a small budget of its own
 * (Outbox `noticesPerSecond`): a "please ask again in a minute" that waits minutes is worthless, and
 * notices must not take the capacity the answers already promised need. Every refusal is counted, and logged
 * when the spell starts, every minute while it lasts, and when it ends: never a silent loss.
 */
import type { Context, MiddlewareFn } from 'telegraf';
import type { Logger } from '../logger.ts';
import { routeMessage } from './addressing.ts';
import type { ChatKey, Outbox } from './outbox.ts';
import { replyTarget } from './reply.ts';
import { updateLog } from './update-context.ts';
import type { BotContext } from './update-context.ts';

export const BUSY_NOTICE = 'Many questions right now, please ask again in a minute.';

export interface OverloadOptions {
  /**
   * Notices queued at the same moment (10 s of the outbox's notice budget); more refusals are dropped
   * without one, so a notice never waits long and memory stays bounded.
   */
  maxNoticesQueued: number;
  /** Chats remembered as told during one spell; past this, refusals are dropped without a notice. */
  maxChatsNoticed: number;
  /** A spell ends when the backlog falls below this share of the limit (no notice flapping at the edge). */
  resumeBelow: number;
  progressLogMs: number;
  now: () => number;
}

export const DEFAULT_OVERLOAD: OverloadOptions = {
  maxNoticesQueued: 50,
  maxChatsNoticed: 50_000,
  resumeBelow: 0.9,
  progressLogMs: 60_000,
  now: () => Date.now(),
};

export type NoticeSender = (ctx: Context, text: string, extra: { reply_parameters?: { message_id: number; allow_sending_without_reply: boolean } }) => Promise<unknown>;

export interface OverloadStats {
  /** Updates admitted and not yet answered. */
  inHand: number;
  admitted: number;
  /** New questions not answered because the backlog was full... */
  refused: number;
  /** ...of which the chat was told, */
  noticed: number;
  /** ...and of which nobody was told (already told, or too many notices at once). */
  dropped: number;
}

interface Spell {
  since: number;
  loggedAt: number;
  refused: number;
  noticed: number;
  dropped: number;
}

export class OverloadGate {
  private readonly opts: OverloadOptions;
  private inHand = 0;
  private readonly perChat = new Map<ChatKey, number>();
  private readonly told = new Set<ChatKey>();
  private noticesQueued = 0;
  private spell: Spell | null = null;
  private readonly counts = { admitted: 0, refused: 0, noticed: 0, dropped: 0 };

  constructor(
    private readonly outbox: Outbox,
    private readonly logger: Logger,
    opts: Partial<OverloadOptions> = {},
  ) {
    this.opts = { ...DEFAULT_OVERLOAD, ...opts };
  }

  stats(): OverloadStats {
    return { inHand: this.inHand, ...this.counts };
  }

  /** `notify` sends the busy notice (through the outbox at its 'notice' priority); default ctx.reply. */
  middleware(notify?: NoticeSender): MiddlewareFn<BotContext> {
    const send: NoticeSender = notify ?? ((ctx, text, extra) => ctx.reply(text, extra));
    return async (ctx, next) => {
      const chat = ctx.chat?.id;
      if (chat === undefined || !willAnswer(ctx)) return next();
      if (!this.admit(chat)) return this.refuse(ctx, chat, send);
      this.inHand++;
      this.perChat.set(chat, (this.perChat.get(chat) ?? 0) + 1);
      try {
        await next();
      } finally {
        this.inHand--;
        const left = (this.perChat.get(chat) ?? 1) - 1;
        if (left > 0) this.perChat.set(chat, left);
        else this.perChat.delete(chat);
      }
    };
  }

  private admit(chat: ChatKey): boolean {
    const limit = this.outbox.backlogLimit();
    if (this.spell && this.inHand < limit * this.opts.resumeBelow) this.endSpell();
    if (this.spell || this.inHand >= limit) {
      this.spell ??= this.startSpell(limit);
      return false;
    }
    if ((this.perChat.get(chat) ?? 0) >= this.outbox.chatBacklogLimit(chat)) return false;
    this.counts.admitted++;
    this.told.delete(chat);
    return true;
  }

  private async refuse(ctx: Context, chat: ChatKey, send: NoticeSender): Promise<void> {
    const log = updateLog(ctx, this.logger);
    this.counts.refused++;
    if (this.spell) this.spell.refused++;
    const tell = !this.told.has(chat) && this.noticesQueued < this.opts.maxNoticesQueued && this.told.size < this.opts.maxChatsNoticed;
    this.logProgress();
    if (!tell) {
      this.counts.dropped++;
      if (this.spell) this.spell.dropped++;
      log.debug({ in_hand: this.inHand }, 'question refused, chat already told');
      // A pressed button spins until answered.
      if (ctx.callbackQuery) await ctx.answerCbQuery();
      return;
    }
    this.told.add(chat);
    this.counts.noticed++;
    if (this.spell) this.spell.noticed++;
    else log.info({ chat_backlog: this.perChat.get(chat) ?? 0 }, "chat's backlog full: busy notice");
    if (ctx.callbackQuery) {
      await ctx.answerCbQuery(BUSY_NOTICE);
      return;
    }
    this.noticesQueued++;
    try {
      const replyTo = replyTarget(ctx);
      await send(ctx, BUSY_NOTICE, replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {});
    } finally {
      this.noticesQueued--;
    }
  }

  private startSpell(limit: number): Spell {
    const now = this.opts.now();
    this.logger.warn({ in_hand: this.inHand, limit }, 'backlog full: new questions get a busy notice');
    return { since: now, loggedAt: now, refused: 0, noticed: 0, dropped: 0 };
  }

  private logProgress(): void {
    const now = this.opts.now();
    if (!this.spell || now - this.spell.loggedAt < this.opts.progressLogMs) return;
    this.spell.loggedAt = now;
    const { refused, noticed, dropped } = this.spell;
    this.logger.warn({ in_hand: this.inHand, refused, noticed, dropped, ms: now - this.spell.since }, 'backlog still full');
  }

  private endSpell(): void {
    const { since, refused, noticed, dropped } = this.spell!;
    this.logger.warn({ in_hand: this.inHand, refused, noticed, dropped, ms: this.opts.now() - since }, 'backlog has room again: questions were refused');
    this.spell = null;
    this.told.clear();
  }
}

/** Updates that will get a reply: button presses, and messages meant for the bot. */
function willAnswer(ctx: Context): boolean {
  if (ctx.callbackQuery) return true;
  if (!ctx.message) return false;
  return routeMessage(ctx.message, { id: ctx.botInfo.id, username: ctx.botInfo.username }).kind !== 'ignore';
}
