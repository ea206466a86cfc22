/**
 * Flood limit per key (a user, or a group chat): at most `max` messages in a sliding window. The first message over the limit
 * gets one friendly warning; later ones are dropped silently until the window has room again.
 */
export interface FloodLimit {
  max: number;
  windowMs: number;
}

export const DEFAULT_FLOOD_LIMIT: FloodLimit = { max: 8, windowMs: 30_000 };

/**
 * Per-group budget of questions the bot answers: Telegram lets a bot post about 20 messages a minute
 * in one group, so a busy group where many members ask at once is held to that, whoever asks.
 */
export const DEFAULT_CHAT_FLOOD_LIMIT: FloodLimit = { max: 20, windowMs: 60_000 };

export type FloodVerdict = 'ok' | 'warn' | 'drop';

interface UserWindow {
  /** Times of accepted messages, oldest first. Dropped ones do not count, so silence ends on time. */
  times: number[];
  warned: boolean;
}

export class FloodGate {
  private readonly users = new Map<number, UserWindow>();

  constructor(private readonly limit: FloodLimit = DEFAULT_FLOOD_LIMIT) {}

  check(key: number, nowMs: number): FloodVerdict {
    const user = this.users.get(key) ?? { times: [], warned: false };
    this.users.set(key, user);
    user.times = user.times.filter((t) => nowMs - t < this.limit.windowMs);
    if (user.times.length < this.limit.max) {
      user.times.push(nowMs);
      user.warned = false;
      this.forgetIdle(nowMs);
      return 'ok';
    }
    if (user.warned) return 'drop';
    user.warned = true;
    return 'warn';
  }

  /** Keeps memory bounded on a busy bot: users with nothing in their window are forgotten. */
  private forgetIdle(nowMs: number): void {
    if (this.users.size < 10_000) return;
    for (const [id, user] of this.users) {
      if (user.times.every((t) => nowMs - t >= this.limit.windowMs)) this.users.delete(id);
    }
  }
}
