import { Cron } from 'croner';
import type { Logger } from '../logger.ts';

/** Every five minutes: a chat's digest goes out within five minutes of its hour. */
export const DEFAULT_DIGEST_CHECK_PATTERN = '*/5 * * * *';

/**
 * Runs the digest job inside the bot process. `protect` skips a tick while the previous run is still
 * going (a long run paced by rate limits), so one process never overlaps itself; other processes are
 * kept apart by the store's chat locks.
 */
export function startDigestSchedule(opts: {
  run: () => Promise<unknown>;
  logger: Logger;
  pattern?: string;
}): { stop: () => void; trigger: () => Promise<void> } {
  const tick = async (): Promise<void> => {
    try {
      await opts.run();
    } catch (err) {
      opts.logger.error({ err }, 'digest run failed');
    }
  };
  const job = new Cron(opts.pattern ?? DEFAULT_DIGEST_CHECK_PATTERN, { protect: true, catch: true }, tick);
  opts.logger.info({ pattern: opts.pattern ?? DEFAULT_DIGEST_CHECK_PATTERN, next: job.nextRun()?.toISOString() }, 'digest schedule started');
  return {
    stop: () => job.stop(),
    // Runs the job now; also protected against overlapping the scheduled run.
    trigger: () => job.trigger(),
  };
}
