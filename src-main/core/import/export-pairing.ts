import type { FileKind } from './file-kind';

export interface RecognisedFile<F> {
  file: F;
  name: string;
  kind: FileKind;
}

/** Files imported together: an orders file and, when given, its items file. */
export interface ImportStep<F> {
  orders: RecognisedFile<F> | null;
  items: RecognisedFile<F> | null;
}

const EXPORT_STAMP = /(\d{12})(?!.*\d{12})/;

/**
 * Groups the files of one import into steps. A Taobao export is two files with the same
 * yyyyMMddHHmm in their names; owners rename files, so a lone orders file and a lone items file
 * pair up whatever their names. Steps run oldest export first, so later exports move orders forward.
 */
export function pairExportFiles<F>(files: readonly RecognisedFile<F>[]): ImportStep<F>[] {
  const orders = files.filter((f) => f.kind !== 'taobao-items');
  const items = files.filter((f) => f.kind === 'taobao-items');
  const stamp = (f: RecognisedFile<F>) => EXPORT_STAMP.exec(f.name)?.[1] ?? null;
  const steps: ImportStep<F>[] = [];
  const unpairedItems = new Set(items);
  for (const orderFile of orders) {
    const match = orderFile.kind === 'taobao-orders' ? items.find((i) => unpairedItems.has(i) && stamp(i) !== null && stamp(i) === stamp(orderFile)) : undefined;
    if (match) unpairedItems.delete(match);
    steps.push({ orders: orderFile, items: match ?? null });
  }
  const taobaoOrderSteps = steps.filter((s) => s.orders?.kind === 'taobao-orders' && s.items === null);
  if (taobaoOrderSteps.length === 1 && unpairedItems.size === 1) {
    const [only] = unpairedItems;
    taobaoOrderSteps[0]!.items = only!;
    unpairedItems.clear();
  }
  for (const itemFile of unpairedItems) steps.push({ orders: null, items: itemFile });
  const stepStamp = (s: ImportStep<F>) => stamp((s.orders ?? s.items)!) ?? '';
  return steps.sort((a, b) => stepStamp(a).localeCompare(stepStamp(b)));
}

const NAME_STAMP = /(20\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?!.*\d{12})/;

/** Taobao names exports ExportOrderList<yyyyMMddHHmm>: when the snapshot was taken, shop time. */
export function exportTimeFromName(name: string): string | null {
  const match = NAME_STAMP.exec(name);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31 || Number(hour) > 23 || Number(minute) > 59) return null;
  return `${year}-${month}-${day} ${hour}:${minute}:00`;
}
