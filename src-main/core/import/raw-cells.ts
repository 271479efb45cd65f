const EXCEL_GUARD = /^="(.*)"$/s;
export const RAW_CELL_SEPARATOR = '\u001f';

/**
 * One cell as the book compares it: trimmed, with Excel's ="…" guard around ids removed.
 * Everything else stays exactly as the file had it.
 */
export function storedCell(cell: string): string {
  const trimmed = cell.trim();
  if (trimmed.charCodeAt(0) !== 61 /* = */) return trimmed;
  const guarded = EXCEL_GUARD.exec(trimmed);
  return guarded ? guarded[1]! : trimmed;
}

/**
 * A 53-bit fingerprint of a row's cells (as `storedCell` gives them; trailing empty cells, the
 * old layout's trailing comma, dropped). A re-import compares it with the stored row's to tell an
 * unchanged row at once. The file itself is kept with its batch (source-archive), so the book
 * needs no copy of every cell: two 32-bit FNV-1a lanes make an accidental match of a changed
 * row about one in 2^53.
 */
export function cellsFingerprint(cells: readonly string[]): number {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.trim() === '') end -= 1;
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < end; i += 1) {
    if (i > 0) {
      a = Math.imul(a ^ 0x1f, 0x01000193);
      b = Math.imul(b ^ 0x1f, 0x5bd1e995);
      b ^= b >>> 15;
    }
    const cell = storedCell(cells[i]!);
    for (let j = 0; j < cell.length; j += 1) {
      const c = cell.charCodeAt(j);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) >>> 11);
}

/** A 53-bit fingerprint of one text (an order number), mixed like `cellsFingerprint`. */
export function textFingerprint(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let j = 0; j < text.length; j += 1) {
    const c = text.charCodeAt(j);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) >>> 11);
}

/** The fingerprint of an order that spans several rows (one per line), from the rows' own. */
export function combinedFingerprint(fingerprints: readonly number[]): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const fingerprint of fingerprints) {
    const high = Math.floor(fingerprint / 0x200000);
    const low = fingerprint % 0x200000;
    a = Math.imul(a ^ high, 0x01000193);
    b = Math.imul(b ^ low, 0x5bd1e995);
    b ^= b >>> 15;
    a = Math.imul(a ^ low, 0x01000193);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) >>> 11);
}
