import { Cron } from 'croner';
import type { Subscription } from '../store/store.ts';

/** Weekly digests go out on Mondays (cron day 1) at the chat's hour. */
export const WEEKLY_DAY = 1;

export function cronPatternFor(sub: Pick<Subscription, 'cadence' | 'hour'>): string {
  return sub.cadence === 'daily' ? `0 ${sub.hour} * * *` : `0 ${sub.hour} * * ${WEEKLY_DAY}`;
}

/** The latest scheduled digest time at or before `now`, in the chat's time zone. */
export function latestSlot(sub: Pick<Subscription, 'cadence' | 'hour' | 'timeZone'>, now: Date): Date | null {
  const cron = new Cron(cronPatternFor(sub), { timezone: sub.timeZone, paused: true });
  // previousRuns excludes the reference instant itself; one second later makes "exactly 09:00" count.
  return cron.previousRuns(1, new Date(now.getTime() + 1000))[0] ?? null;
}

/**
 * A chat is due when a scheduled time has passed since its last run (or since it subscribed: a chat
 * that subscribes at 10:00 with hour 9 gets its first daily digest tomorrow, not at once).
 */
export function isDue(sub: Subscription, now: Date): boolean {
  const slot = latestSlot(sub, now);
  if (!slot) return false;
  const since = Math.max(Date.parse(sub.createdAt), sub.lastRunAt ? Date.parse(sub.lastRunAt) : 0);
  return slot.getTime() > since;
}

/** True when Intl knows the zone (`Asia/Baku`, `UTC`); the check behind /settings tz. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
