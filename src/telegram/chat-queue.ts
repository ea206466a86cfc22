/**
 * Updates from one chat are handled one after another, in arrival order (webhooks deliver them
 * concurrently, and a slow answer must not be overtaken by the reply to the next message).
 * Different chats still run in parallel.
 */
import type { MiddlewareFn } from 'telegraf';
import type { BotContext } from './update-context.ts';

export function perChatQueue(): MiddlewareFn<BotContext> {
  const tails = new Map<number, Promise<void>>();
  return async (ctx, next) => {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return next();
    const previous = tails.get(chatId) ?? Promise.resolve();
    const run = previous.then(() => next());
    // The next update waits for this one whether it succeeded or not; its error belongs to this update.
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    tails.set(chatId, tail);
    try {
      await run;
    } finally {
      if (tails.get(chatId) === tail) tails.delete(chatId);
    }
  };
}
