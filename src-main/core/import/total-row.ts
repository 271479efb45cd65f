const TOTAL_LABEL = /^(合计|总计|小计|总合计)/;

/**
 * A totals row a seller (or Excel) added under the data: its first non-empty cell says 合计.
 * It is not an order, so it is skipped with a note instead of becoming an order called 合计.
 */
export function isTotalRow(cells: readonly string[]): boolean {
  const first = cells.find((cell) => cell.trim() !== '');
  return first !== undefined && TOTAL_LABEL.test(first.trim());
}
