/** '2026-11-22 16:03:06' → { date: '2026-11-22', time: '16:03:06' } (the wire's shop-time strings). */
export function splitDateTime(at: string): { date: string; time: string } {
  const [date = at, time = ''] = at.split(' ');
  return { date, time };
}
