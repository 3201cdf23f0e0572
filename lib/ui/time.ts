/** Times as the engine wants them. */

const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');

/** An ISO-8601 timestamp in the computer's own time zone, with its offset: "2026-11-24T10:15:00-04:00". */
export function isoWithOffset(date: Date = new Date()): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}
