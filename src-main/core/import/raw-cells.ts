const EXCEL_GUARD = /^="(.*)"$/s;
export const RAW_CELL_SEPARATOR = '\u001f';

/**
 * One cell as the book keeps it: trimmed, with Excel's ="…" guard around ids removed. Everything
 * else stays exactly as the file had it.
 */
export function storedCell(cell: string): string {
  const trimmed = cell.trim();
  if (trimmed.charCodeAt(0) !== 61 /* = */) return trimmed;
  const guarded = EXCEL_GUARD.exec(trimmed);
  return guarded ? guarded[1]! : trimmed;
}

/** A row's cells joined for storage; trailing empty cells (the old layout's trailing comma) dropped. */
export function joinRawCells(cells: readonly string[]): string {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.trim() === '') end -= 1;
  let joined = '';
  for (let i = 0; i < end; i += 1) {
    if (i > 0) joined += RAW_CELL_SEPARATOR;
    joined += storedCell(cells[i]!);
  }
  return joined;
}
