/**
 * Per-user flood limit: at most `max` messages in a sliding window. The first message over the limit
 * gets one friendly warning; later ones are dropped silently until the window has room again.
 */
export interface FloodLimit {
  max: number;
  windowMs: number;
}

export const DEFAULT_FLOOD_LIMIT: FloodLimit = { max: 8, windowMs: 30_000 };

export type FloodVerdict = 'ok' | 'warn' | 'drop';

interface UserWindow {
  /** Times of accepted messages, oldest first. Dropped ones do not count, so silence ends on time. */
  times: number[];
  warned: boolean;
}

export class FloodGate {
  private readonly users = new Map<number, UserWindow>();

  constructor(private readonly limit: FloodLimit = DEFAULT_FLOOD_LIMIT) {}

  check(userId: number, nowMs: number): FloodVerdict {
    const user = this.users.get(userId) ?? { times: [], warned: false };
    this.users.set(userId, user);
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
