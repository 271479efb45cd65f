const DAY_MS = 86_400_000;

/** The calendar day of a shop-time string ('2024-03-30 23:54:29' → days since 1970-01-01), no time zones involved. */
function dayNumber(at: string): number {
  const [year = 0, month = 1, day = 1] = at.slice(0, 10).split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** '2026-11-22' plus `days` (negative: earlier), as 'YYYY-MM-DD'; calendar arithmetic, no time zones. */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 今天, 明天, 5 天后, 3 天前: how far off a date is. */
export function formatDaysUntil(daysUntil: number): string {
  if (daysUntil < 0) return `${-daysUntil} 天前`;
  if (daysUntil === 0) return '今天';
  if (daysUntil === 1) return '明天';
  return `${daysUntil} 天后`;
}

/** Today's date in the shop's time zone, as 'YYYY-MM-DD' (the server's dates are in shop time too). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** How long ago a shop-time date was, as people say it: 今天, 昨天, 3 天前, 2 个月前, 1 年前. */
export function formatDaysAgo(at: string, today: string): string {
  const days = dayNumber(today) - dayNumber(at);
  if (days <= 0) return '今天';
  if (days === 1) return '昨天';
  if (days < 31) return `${days} 天前`;
  if (days < 365) return `${Math.floor(days / 30)} 个月前`;
  return `${Math.floor(days / 365)} 年前`;
}

/**
 * An ISO instant ('2026-11-22T10:57:00.673Z', as the server stamps when it recorded something)
 * as 'YYYY-MM-DD HH:mm' in the shop's time zone.
 */
export function formatInstant(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
