/**
 * The editors' loop in Telegram: 👍/👎 under each answer (one vote per user per answer, changeable),
 * every question logged with how it was answered, and the operator commands /stats, /unanswered and
 * /reload for the users in ADMIN_IDS (refused for anyone else).
 */
import { randomBytes } from 'node:crypto';
import { Markup, type Telegraf } from 'telegraf';
import type { Answer } from '../../core/types.ts';
import { editorStats, formatStats, formatUnanswered } from '../../editors/stats.ts';
import { hashUser } from '../../editors/user-hash.ts';
import type { Logger } from '../../logger.ts';
import type { ChatType, Store, Vote } from '../../store/store.ts';
import type { CallbackCodec } from '../callback-data.ts';
import { escapeHtml } from '../html.ts';
import { replyHtml, replyTarget } from '../reply.ts';
import type { BotContext } from '../update-context.ts';

export interface EditorsDeps {
  store: Pick<Store, 'recordQuestion' | 'recordVote' | 'questionsSince'>;
  /** Secret for the user hashes (USER_HASH_SALT, else the bot token). */
  salt: string;
  adminIds: readonly number[];
  /** Reloads the index now; true when a new one was swapped in. */
  reload: () => Promise<boolean>;
  now: () => Date;
  logger: Logger;
}

export const FEEDBACK_PREFIX = 'f';
export const NOT_AN_OPERATOR = 'This command is for the bot’s operators.';
export const VOTE_THANKS = 'Thanks, noted.';

const DAY_MS = 86_400_000;
/** /unanswered looks this far back: enough for an editor's round, without reading the whole log. */
const UNANSWERED_DAYS = 30;

/** Logs the question; returns the 👍/👎 row for the reply, or nothing when the log is unavailable. */
export async function logQuestion(ctx: BotContext, question: string, answer: Answer, deps: EditorsDeps, callbacks: CallbackCodec) {
  const id = randomBytes(6).toString('base64url');
  try {
    await deps.store.recordQuestion({
      id,
      askedAt: deps.now().toISOString(),
      question,
      language: answer.language ?? 'en',
      chatType: (ctx.chat?.type ?? 'private') as ChatType,
      found: answer.found,
      confidence: answer.confidence ?? 0,
      sourceIds: [...new Set(answer.sources.map((s) => s.id))],
      userHash: hashUser(ctx.from?.id ?? 0, deps.salt),
    });
  } catch (err) {
    // The database being away must not cost the user the answer; it costs the buttons.
    ctx.log.warn({ err }, 'question not logged; answering without feedback buttons');
    return undefined;
  }
  if (!answer.found) return undefined;
  return [
    Markup.button.callback('👍', callbacks.encode(FEEDBACK_PREFIX, `${id}:u`)),
    Markup.button.callback('👎', callbacks.encode(FEEDBACK_PREFIX, `${id}:d`)),
  ];
}

const isOperator = (ctx: BotContext, deps: EditorsDeps): boolean => ctx.from !== undefined && deps.adminIds.includes(ctx.from.id);

export function registerEditors(bot: Telegraf<BotContext>, deps: EditorsDeps, callbacks: CallbackCodec): void {
  bot.action(/^f[:#]/, async (ctx) => {
    const decoded = callbacks.decode(ctx.match.input);
    const m = decoded && 'value' in decoded ? /^([\w-]+):([ud])$/.exec(decoded.value) : null;
    if (!m) return void (await ctx.answerCbQuery('This button has expired.'));
    const vote: Vote = m[2] === 'u' ? 1 : -1;
    try {
      const known = await deps.store.recordVote(m[1]!, hashUser(ctx.from.id, deps.salt), vote, deps.now());
      ctx.log.info({ vote, known }, 'answer voted');
      await ctx.answerCbQuery(known ? VOTE_THANKS : 'This button has expired.');
    } catch (err) {
      ctx.log.warn({ err }, 'vote not recorded');
      await ctx.answerCbQuery('Sorry, I could not record that just now.');
    }
  });

  const operator = (handler: (ctx: BotContext) => Promise<unknown>) => async (ctx: BotContext) => {
    if (!isOperator(ctx, deps)) {
      ctx.log.info({ user_id: ctx.from?.id }, 'operator command refused');
      return replyHtml(ctx, escapeHtml(NOT_AN_OPERATOR), { replyTo: replyTarget(ctx) });
    }
    return handler(ctx);
  };
  const since = (days: number) => new Date(deps.now().getTime() - days * DAY_MS);

  bot.command('stats', operator(async (ctx) => {
    const stats = editorStats(await deps.store.questionsSince(since(7)), deps.now());
    await replyHtml(ctx, `<b>Stats</b>\n${escapeHtml(formatStats(stats))}`, { replyTo: replyTarget(ctx) });
  }));
  bot.command('unanswered', operator(async (ctx) => {
    await replyHtml(ctx, escapeHtml(formatUnanswered(await deps.store.questionsSince(since(UNANSWERED_DAYS)))), { replyTo: replyTarget(ctx) });
  }));
  bot.command('reload', operator(async (ctx) => {
    const swapped = await deps.reload();
    await replyHtml(ctx, swapped ? 'Index reloaded.' : 'Index unchanged (or the reload failed: see the log).', { replyTo: replyTarget(ctx) });
  }));
}
