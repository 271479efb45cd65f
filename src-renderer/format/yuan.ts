/** 1234.5 (what the owner types, in yuan) → 123450 fen; empty stays empty. Rounded, because 0.1 + 0.2 is not 0.3 in floating point. */
export function yuanToFen(yuan: number | null): number | null {
  return yuan === null ? null : Math.round(yuan * 100);
}

/** 123450 fen → 1234.5 yuan, for a yuan input; empty stays empty. */
export function fenToYuan(fen: number | null): number | null {
  return fen === null ? null : fen / 100;
}
