/** 1234567 → 1,234,567: grouped by hand, toLocaleString is slow over thousands of rows. */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
