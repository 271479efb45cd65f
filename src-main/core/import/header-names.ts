/** Header cells compare after NFKC (full-width → half-width) and trimming: real exports carry trailing spaces. */
export function normaliseHeader(cell: string): string {
  return cell.normalize('NFKC').trim();
}

/** Where each wanted field sits in a header row; the first alias present wins. */
export type ColumnIndex<F extends string> = Record<F, number>;

export function indexColumns<F extends string>(headers: readonly string[], aliases: Record<F, readonly string[]>): ColumnIndex<F> {
  const positions = new Map<string, number>();
  headers.forEach((cell, position) => {
    const name = normaliseHeader(cell);
    if (!positions.has(name)) positions.set(name, position);
  });
  const index = {} as ColumnIndex<F>;
  for (const field of Object.keys(aliases) as F[]) {
    const found = aliases[field].map((alias) => positions.get(alias)).find((p) => p !== undefined);
    index[field] = found ?? -1;
  }
  return index;
}
