/**
 * When the daily alarm fires: just after local midnight in the work-hours time
 * zone, daylight-saving changes included. Pure.
 */
import { localTime } from '../worktime';

const MINUTE = 60_000;

/** Epoch ms of the next local midnight after `now` in `timeZone` (UTC when the zone is unknown). */
export function nextLocalMidnight(now: number, timeZone: string): number {
  const local = (t: number) => {
    try {
      return localTime(new Date(t), timeZone).minutes;
    } catch {
      return new Date(t).getUTCHours() * 60 + new Date(t).getUTCMinutes();
    }
  };
  const minute = Math.floor(now / MINUTE) * MINUTE;
  let t = minute + (1440 - local(minute)) * MINUTE;
  // Across a daylight-saving change the guess is an hour off: correct it once or twice.
  for (let i = 0; i < 2; i++) {
    const m = local(t);
    if (m === 0) break;
    t += (m < 720 ? -m : 1440 - m) * MINUTE;
  }
  return t <= now ? t + 1440 * MINUTE : t;
}
