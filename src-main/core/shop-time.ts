/**
 * An instant as the shop reads it: 'YYYY-MM-DD HH:mm:ss' in the shop's time zone, whatever the
 * PC's own zone is (a shop in Shanghai run from a laptop set to UTC still sees China time).
 */
export function formatInShopTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

/**
 * The instant a shop day begins (its 00:00:00 in the shop's zone): what "from 2026-11-01" means for
 * records stored as instants. Two corrections settle a zone's offset, daylight saving included.
 */
export function startOfShopDay(date: string, timeZone: string): Date {
  const wanted = Date.parse(`${date}T00:00:00Z`);
  let guess = wanted;
  for (let i = 0; i < 2; i++) guess += wanted - Date.parse(`${formatInShopTime(new Date(guess), timeZone).replace(' ', 'T')}Z`);
  return new Date(guess);
}
