/**
 * Takes updates in without making Telegram wait for their replies. Behind a busy outgoing queue a reply
 * may wait minutes; held open that long, a webhook request would be redelivered by Telegram (and it
 * opens only 40 at a time, so one slow group would hold up every chat), and a polling batch would wait
 * for its slowest update before fetching the next. So the rest of the middleware runs in the
 * background: the webhook is answered and the next batch is fetched at once. The overload gate keeps
 * what is in hand bounded; on shutdown, `drain` gives the updates in hand time to finish.
 */
import type { Context, MiddlewareFn } from 'telegraf';
import type { BotContext } from './update-context.ts';

export class UpdateIntake {
  private readonly inHand = new Set<Promise<void>>();

  /** Runs the rest of the chain in the background; its errors go to `onError` (bot.catch is past). */
  middleware(onError: (err: unknown, ctx: Context) => void): MiddlewareFn<BotContext> {
    return (ctx, next) => {
      const handling: Promise<void> = next()
        .catch((err: unknown) => onError(err, ctx))
        .finally(() => this.inHand.delete(handling));
      this.inHand.add(handling);
      return Promise.resolve();
    };
  }

  get size(): number {
    return this.inHand.size;
  }

  /** Waits for the updates in hand, at most `timeoutMs`; resolves with how many are still unfinished. */
  async drain(timeoutMs: number): Promise<number> {
    if (this.inHand.size === 0) return 0;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.inHand]), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
    return this.inHand.size;
  }
}
