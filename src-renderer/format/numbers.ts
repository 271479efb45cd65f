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

const sizeFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });

/** 25249 → 24.7 KB; 121488253 → 115.9 MB (file sizes, 1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  const units = ['KB', 'MB', 'GB'] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${sizeFormat.format(value)} ${units[unit]}`;
}
