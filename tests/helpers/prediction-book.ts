import type { Backend } from '../../src-main/backend';
import { simulateBuyer } from './bgnbd-simulation';
import { seededRandom } from './seeded-random';
import { completedOrder, importExport, writeTaobaoExport, type ExportOrder } from './care-book';
import { FROZEN_NOW } from './paths';
import { runCli } from './run-cli';

/**
 * A generated book on which the predictions are ready (预测的前提 met): ~650 buyers over ~400
 * days, simulated the way BG/NBD assumes shops work (see bgnbd-simulation.ts), plus a
 * few buyers planted so tests can find them: LAPSED_BUYERS bought often and a lot (≥ ¥500) in the
 * book's first months and never since (P(alive) low), ACTIVE_BUYERS buy every month up to the
 * last days (P(alive) high, next order soon).
 *
 * Deterministic for a seed. Three ways in:
 * - importPredictionBook(backend): through the real import path of a test backend (openTestBackend);
 * - importPredictionBookWithCli(dir, dbPath): writes the export into `dir` and runs the built
 *   `zhanggui import --db dbPath` (the CLI bundle must be built: e2e runs build first), so an e2e
 *   test can start `serve` on the file afterwards;
 * - predictionBook() + writeTaobaoExport for anything else.
 *
 * The orders end on `endDay` (a shop date, by default three days before the frozen clock's day,
 * 2026-11-19). End-to-end runs follow the real clock: pass endDay: endDayBeforeRealToday() there.
 */
export interface PredictionBookOptions {
  seed?: number;
  /** Simulated buyers, the planted ones not included. */
  buyers?: number;
  /** Days from the first order day to endDay. */
  days?: number;
  endDay?: string;
}

export interface PredictionBook {
  orders: ExportOrder[];
  /** The export's stamp (yyyyMMddHHmm, shop time): the evening of endDay. */
  stamp: string;
  firstDay: string;
  endDay: string;
}

/** Repeat buyers with ¥1,200+ spent over eight purchase days in the first five months, nothing since. */
export const LAPSED_BUYERS = ['老主顾甲', '老主顾乙', '老主顾丙', '老主顾丁', '老主顾戊'] as const;
/** Repeat buyers with a purchase about every 30 days up to the book's last week. */
export const ACTIVE_BUYERS = ['回头客甲', '回头客乙', '回头客丙'] as const;
export const LAPSED_BUYER = LAPSED_BUYERS[0];
export const ACTIVE_BUYER = ACTIVE_BUYERS[0];

const DAY_MS = 86_400_000;
export const PREDICTION_BOOK_END_DAY = shiftDay(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(FROZEN_NOW), -3);

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** An endDay for end-to-end runs, which follow the real clock: `days` before today in Shanghai. */
export function endDayBeforeRealToday(days = 3): string {
  return shiftDay(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()), -days);
}

/** A number of the buyer's own: one shared number would make every buyer 可能是同一个人 of every other. */
function phoneOf(buyer: string): string {
  let hash = 7;
  for (const char of buyer) hash = (hash * 31 + char.codePointAt(0)!) % 100_000_000;
  return `139${String(hash).padStart(8, '0')}`;
}

export function predictionBook(options: PredictionBookOptions = {}): PredictionBook {
  const random = seededRandom(options.seed ?? 20261122);
  const buyers = options.buyers ?? 640;
  const days = options.days ?? 400;
  const endDay = options.endDay ?? PREDICTION_BOOK_END_DAY;
  const firstDay = shiftDay(endDay, -days);
  const orders: ExportOrder[] = [];
  let serial = 0;
  const time = (dayIndex: number) => {
    const minutes = 9 * 60 + Math.floor(random() * 13 * 60);
    return `${shiftDay(firstDay, dayIndex)} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}`;
  };
  const add = (buyer: string, dayIndex: number, paidFen: number) =>
    orders.push(
      completedOrder(buyer, time(dayIndex), paidFen, { orderNo: `26${String(options.seed ?? 0).padStart(4, '0').slice(-4)}${String(++serial).padStart(13, '0')}`, phone: phoneOf(buyer) }),
    );

  for (let n = 1; n <= buyers; n++) {
    const buyer = `预测买家${String(n).padStart(4, '0')}`;
    const simulated = simulateBuyer(random, days);
    simulated.days.forEach((day, k) => add(buyer, day, simulated.paidFen[k]!));
  }
  LAPSED_BUYERS.forEach((buyer, i) => {
    for (let k = 0; k < 8; k++) add(buyer, 5 + i + k * 18, 15_000 + 1_000 * i);
  });
  ACTIVE_BUYERS.forEach((buyer, i) => {
    for (let day = 8 + i; day <= days - 4; day += 30) add(buyer, day, 12_000);
  });
  return { orders, stamp: `${endDay.replaceAll('-', '')}2330`, firstDay, endDay };
}

/** Imports the book into a test backend through the real import path. */
export function importPredictionBook(backend: Backend, options: PredictionBookOptions = {}): PredictionBook {
  const book = predictionBook(options);
  importExport(backend, book.stamp, book.orders);
  return book;
}

/** Writes the book's export into `dir` and imports it into `dbPath` with the built CLI (for e2e, before `serve`). */
export async function importPredictionBookWithCli(dir: string, dbPath: string, options: PredictionBookOptions = {}): Promise<PredictionBook> {
  const book = predictionBook(options);
  const run = await runCli(['import', ...writeTaobaoExport(dir, book.stamp, book.orders), '--db', dbPath], dir, 120_000);
  if (run.code !== 0) throw new Error(`zhanggui import failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  return book;
}
