import { formatCount } from './format-count';

/** ¥1,234.50 */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  const whole = formatCount(Math.floor(abs / 100));
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}
