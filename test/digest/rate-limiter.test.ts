import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/digest/rate-limiter.ts';

/** A clock that only moves when the limiter sleeps, so the test measures the waits it asked for. */
function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms), elapsed: () => t };
}

describe('createRateLimiter', () => {
  it('lets at most 20 messages a minute into one group', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(clock);
    for (let i = 0; i < 21; i++) await limiter.acquire(-100123);
    // The first goes at once; each of the next 20 waits its 3 s share of the minute.
    expect(clock.elapsed()).toBeGreaterThanOrEqual(60_000);
    expect(clock.elapsed()).toBeLessThan(61_000);
  });

  it('keeps private chats to one message a second', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(clock);
    for (let i = 0; i < 4; i++) await limiter.acquire(42);
    expect(clock.elapsed()).toBeGreaterThanOrEqual(3000);
    expect(clock.elapsed()).toBeLessThan(3100);
  });

  it('keeps the whole bot under 25 messages a second across many chats', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(clock);
    for (let chat = 1; chat <= 100; chat++) await limiter.acquire(chat);
    // 25 at once from the full bucket, then 75 more at 25/s.
    expect(clock.elapsed()).toBeGreaterThanOrEqual(2900);
    expect(clock.elapsed()).toBeLessThan(3100);
  });

  it('does not make different groups wait for each other beyond the global limit', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(clock);
    await Promise.all([limiter.acquire(-1), limiter.acquire(-2), limiter.acquire(-3)]);
    expect(clock.elapsed()).toBe(0);
  });
});
