/**
 * A token bucket on an injected clock: `capacity` tokens at most, refilled at `perSecond`. The outgoing
 * queue keeps one for the whole bot, one per chat, one for digests and one for chat actions.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;
  private readonly perMs: number;

  constructor(
    readonly capacity: number,
    readonly perSecond: number,
    now: number,
  ) {
    this.perMs = perSecond / 1000;
    this.tokens = capacity;
    this.updatedAt = now;
  }

  /** Milliseconds until a token is available (0 when one is). */
  waitMs(now: number): number {
    this.refill(now);
    // The epsilon keeps 20/min at exactly 3000 ms rather than 3000.0000000000005 rounded up.
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.perMs - 1e-9);
  }

  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
  }

  /** Full again: forgetting the bucket now changes nothing for the next message. */
  isFull(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.capacity;
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.capacity, this.tokens + Math.max(0, now - this.updatedAt) * this.perMs + 1e-12);
    this.updatedAt = Math.max(this.updatedAt, now);
  }
}
