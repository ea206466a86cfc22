import { describe, expect, it } from 'vitest';
import { cronPatternFor, isDue, isValidTimeZone, latestSlot } from '../../src/digest/due.ts';
import type { Subscription } from '../../src/store/store.ts';

const sub = (over: Partial<Subscription>): Subscription => ({
  chatId: 1,
  threadId: 0,
  chatType: 'private',
  cadence: 'daily',
  hour: 9,
  timeZone: 'UTC',
  language: 'en',
  createdAt: '2025-11-20T12:00:00.000Z',
  lastRunAt: null,
  filters: [],
  ...over,
});

describe('isDue', () => {
  it('is due once the hour has passed since the last run, in the chat time zone', () => {
    const baku = sub({ timeZone: 'Asia/Baku', lastRunAt: '2025-11-24T05:00:30.000Z' });
    expect(isDue(baku, new Date('2025-11-25T04:59:00Z'))).toBe(false);
    expect(isDue(baku, new Date('2025-11-25T05:00:00Z'))).toBe(true);
  });

  it('is not due again after a run in the same slot', () => {
    expect(isDue(sub({ lastRunAt: '2025-11-25T09:01:00.000Z' }), new Date('2025-11-25T23:00:00Z'))).toBe(false);
  });

  it('waits for the first slot after subscribing', () => {
    const late = sub({ createdAt: '2025-11-25T10:00:00.000Z' });
    expect(isDue(late, new Date('2025-11-25T11:00:00Z'))).toBe(false);
    expect(isDue(late, new Date('2025-11-26T09:00:00Z'))).toBe(true);
  });

  it('sends weekly digests on Mondays', () => {
    const weekly = sub({ cadence: 'weekly', lastRunAt: '2025-11-17T09:00:10.000Z' });
    expect(cronPatternFor(weekly)).toBe('0 9 * * 1');
    // 2025-11-23 is a Sunday, 2025-11-24 a Monday.
    expect(isDue(weekly, new Date('2025-11-23T12:00:00Z'))).toBe(false);
    expect(isDue(weekly, new Date('2025-11-24T09:05:00Z'))).toBe(true);
    expect(latestSlot(weekly, new Date('2025-11-26T00:00:00Z'))?.toISOString()).toBe('2025-11-24T09:00:00.000Z');
  });

  it('knows real time zones from made-up ones', () => {
    expect(isValidTimeZone('Asia/Baku')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
