/**
 * Token buckets that keep the digest job under Telegram's limits: about 30 messages/s for the whole
 * bot, 20 per minute in a group, 1 per second in a private chat. We aim a little below each. The bot
 * process sends digests through its outgoing queue instead (src/telegram/outbox.ts, same limits);
 * this limiter paces `npm run digest -- --once`, which runs without the bot.
 */
import { TokenBucket } from '../telegram/token-bucket.ts';

export interface RateLimits {
  globalPerSecond: number;
  groupPerMinute: number;
  privatePerSecond: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { globalPerSecond: 25, groupPerMinute: 20, privatePerSecond: 1 };

export interface RateLimiter {
  /** Resolves when one more message may go to chatId, and takes the tokens for it. */
  acquire(chatId: number): Promise<void>;
}

/** Telegram group and supergroup ids are negative; users' private chats are positive. */
const isGroupChat = (chatId: number): boolean => chatId < 0;

export function createRateLimiter(
  opts: Partial<RateLimits> & { now?: () => number; sleep?: (ms: number) => Promise<void> } = {},
): RateLimiter {
  const limits = { ...DEFAULT_RATE_LIMITS, ...opts };
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  // A burst of one second's worth overall; a group's bucket allows no burst beyond its minute's share.
  const global = new TokenBucket(limits.globalPerSecond, limits.globalPerSecond, now());
  const perChat = new Map<number, TokenBucket>();
  const bucketFor = (chatId: number): TokenBucket => {
    let bucket = perChat.get(chatId);
    if (!bucket) {
      bucket = isGroupChat(chatId)
        ? new TokenBucket(1, limits.groupPerMinute / 60, now())
        : new TokenBucket(1, limits.privatePerSecond, now());
      perChat.set(chatId, bucket);
    }
    return bucket;
  };
  // Callers are served one at a time, so two waiters cannot both take the token they waited for.
  let queue: Promise<void> = Promise.resolve();
  return {
    acquire(chatId: number): Promise<void> {
      const turn = queue.then(async () => {
        const chat = bucketFor(chatId);
        for (;;) {
          const wait = Math.max(global.waitMs(now()), chat.waitMs(now()));
          if (wait === 0) break;
          await sleep(wait);
        }
        global.take(now());
        chat.take(now());
      });
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
