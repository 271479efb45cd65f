const groupFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const countFormat = new Intl.NumberFormat('zh-CN');

/** 123450 fen → ¥1,234.50 (money is integer fen everywhere; only the screen shows yuan). */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  return `${sign}¥${groupFormat.format(Math.abs(fen) / 100)}`;
}

/** 12345 → 12,345 */
export function formatCount(n: number): string {
  return countFormat.format(n);
}
