import { describe, expect, it } from 'vitest';
import { startDigestSchedule } from '../../src/digest/schedule.ts';
import { silentLogger } from './fixtures/delivery.ts';

describe('startDigestSchedule', () => {
  it('runs the job on its schedule and never overlaps a run still going', async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    const schedule = startDigestSchedule({
      pattern: '* * * * * *', // every second
      logger: silentLogger,
      run: async () => {
        runs++;
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, 1500));
        running--;
      },
    });
    await new Promise((r) => setTimeout(r, 3200));
    schedule.stop();
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(runs).toBeLessThanOrEqual(2);
    expect(maxRunning).toBe(1);
  });

  it('keeps running after a failed run', async () => {
    let runs = 0;
    const schedule = startDigestSchedule({
      pattern: '* * * * * *',
      logger: silentLogger,
      run: async () => {
        runs++;
        throw new Error('database down');
      },
    });
    await new Promise((r) => setTimeout(r, 2300));
    schedule.stop();
    expect(runs).toBeGreaterThanOrEqual(2);
  });
});
