/**
 * Property-based tests of the Taobao order import (fast-check). A generated world of buyers and
 * orders is rendered as real 2022 export pairs (with the exports' quirks switched on at random),
 * imported through the backend, and the book compared with figures worked out from the world by
 * plain arithmetic (tests/helpers/taobao-rows-arbitrary.ts), never by importer code.
 *
 * Fixed seed, so a failure reproduces; FC_SEED / FC_RUNS override it to explore further. A failure
 * prints the shrunk world, the exports and the import order.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../../src-main/services/import/byte-source';
import { openTestBackend } from '../../helpers/backend';
import { useTempDir } from '../../helpers/temp-dir';
import {
  describeWorld,
  expectedStats,
  exportPlansArbitrary,
  ordersInExport,
  quirksArbitrary,
  renderExport,
  stateAt,
  statKey,
  timeText,
  worldArbitrary,
  type ExportPlan,
  type OrderState,
  type RenderedExport,
  type WorldOrder,
} from '../../helpers/taobao-rows-arbitrary';

const SEED = Number(process.env.FC_SEED ?? 20240401);
const RUNS = Number(process.env.FC_RUNS ?? 40);
/**
 * A passing property takes a second or two. A failing one shrinks for at most this long (each
 * attempt opens a book), then reports the smallest counterexample found so far.
 */
const SHRINK_BUDGET_MS = Number(process.env.FC_SHRINK_MS ?? 8_000);
const TEST_TIMEOUT = SHRINK_BUDGET_MS + 30_000;

/** Runs the property and, on failure, throws with the shrunk counterexample spelled out. */
async function assertProperty<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, show: (value: T) => string): Promise<void> {
  const details = await fc.check(fc.asyncProperty(arbitrary, predicate), {
    seed: SEED,
    numRuns: RUNS,
    interruptAfterTimeLimit: SHRINK_BUDGET_MS,
    markInterruptAsFailure: false,
  });
  if (!details.failed) return;
  throw new Error(
    [
      `Property failed after ${details.numRuns} run(s) and ${details.numShrinks} shrink(s).`,
      `Reproduce with fc params { seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)} } (FC_SEED=${details.seed}).`,
      'Minimal counterexample:',
      details.counterexample ? show(details.counterexample[0]) : '(none)',
      '',
      'Cause:',
      explain(details.errorInstance),
    ].join('\n'),
  );
}

/** The assertion's message with both sides in full (vitest abbreviates nested objects). */
function explain(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const lines = [error.message];
  if ('actual' in error && 'expected' in error) {
    lines.push(`expected: ${JSON.stringify(error.expected)}`, `actual:   ${JSON.stringify(error.actual)}`);
  }
  return lines.join('\n');
}

const sources = (rendered: RenderedExport, chunkSize: number) => [
  bytesSource(rendered.ordersName, rendered.orders, chunkSize),
  bytesSource(rendered.itemsName, rendered.items, chunkSize),
];

/** Byte order, as SQLite's default BINARY collation sorts text. */
const byOrderNo = (a: { order_no: string }, b: { order_no: string }) => (a.order_no < b.order_no ? -1 : a.order_no > b.order_no ? 1 : 0);

/** The status the book keeps for an order in this state ('unknown' for text no list has). */
const bookStatus = (order: WorldOrder, state: OrderState) => (statKey(order, state) === 'other' ? 'unknown' : state.status);

/** Long after every order in a world (created within 10 days, its life within another 11) has settled. */
const FINAL_EXPORT_AT = 60 * 24 * 60;

/** Chunks of a few hundred bytes to 64 KiB: records and UTF-8 characters straddle chunk ends. */
const chunkSizeArbitrary = fc.integer({ min: 256, max: 65_536 });

describe('Taobao import properties (fast-check)', () => {
  const tempDir = useTempDir('zhanggui-props-');

  it(
    'one export into an empty book: stats and summary equal the figures worked out from the world',
    async () => {
      const arbitrary = fc.record({ world: worldArbitrary({ maxOrders: 30 }), quirks: quirksArbitrary, chunkSize: chunkSizeArbitrary });
      await assertProperty(
        arbitrary,
        async ({ world, quirks, chunkSize }) => {
          // An export made after everything in the world has happened: every order in its final state.
          const at = FINAL_EXPORT_AT;
          const plan: ExportPlan = { at, span: at, quirks };
          const orders = ordersInExport(world, plan);
          const rendered = renderExport(world, orders, at, quirks);
          const seen = orders.map((order) => ({ order, state: stateAt(order, at)! }));
          const expected = expectedStats(world, seen);

          const { backend } = await openTestBackend(tempDir());
          try {
            const summary = backend.importFiles(sources(rendered, chunkSize), { commit: true });
            const unknown = seen.filter(({ order, state }) => statKey(order, state) === 'other').length;
            expect({ orders: summary.orders, lines: summary.lines, customers: summary.customers }).toEqual({
              orders: { inserted: orders.length, updated: 0, unchanged: 0 },
              lines: { inserted: expected.orderLines, updated: 0, unchanged: 0 },
              customers: { created: expected.customers, updated: 0 },
            });
            // The only problems: a warning on 订单状态 for each status text no list has.
            expect(summary.problems.filter((p) => !(p.severity === 'warning' && p.column === '订单状态'))).toEqual([]);
            expect(summary.problemCount).toBe(unknown);
            expect(await backend.dispatch('stats.get', {})).toEqual({ ok: true, data: expected });
          } finally {
            backend.close();
          }
        },
        ({ world, quirks, chunkSize }) => `${describeWorld(world)}\nquirks ${JSON.stringify(quirks)} chunkSize ${chunkSize}`,
      );
    },
    TEST_TIMEOUT,
  );

  /** A world exported 2–4 times over (overlapping windows), the exports imported in a random order. */
  const timelineArbitrary = fc.record({
    world: worldArbitrary({ maxOrders: 30 }),
    plans: exportPlansArbitrary(),
    // Sort keys for the import order: every permutation is reachable, and shrinking heads for oldest-first.
    importKeys: fc.array(fc.nat({ max: 20 }), { minLength: 4, maxLength: 4 }),
    twice: fc.nat({ max: 3 }),
    chunkSize: chunkSizeArbitrary,
  });
  type Timeline = typeof timelineArbitrary extends fc.Arbitrary<infer T> ? T : never;

  const showTimeline = ({ world, plans, importKeys, twice, chunkSize }: Timeline) =>
    [
      describeWorld(world),
      'exports (oldest first):',
      ...plans.map(
        (p, i) =>
          `  [${i}] at ${timeText(p.at)}, orders created since ${timeText(Math.max(0, p.at - p.span))}: ` +
          `${ordersInExport(world, p).map((o) => `${o.orderNo}=${stateAt(o, p.at)!.status}`).join(' ') || '(none)'}` +
          `\n      quirks ${JSON.stringify(p.quirks)}`,
      ),
      `import order: ${importOrderOf(plans, importKeys).map((i) => `[${i}]`).join(' → ')}; ` +
        `step ${twice % plans.length} imported twice in a row; chunkSize ${chunkSize}`,
    ].join('\n');

  /**
   * Imports every export of the timeline, one importFiles call each, in the generated order; one
   * of them twice in a row (the second time must change nothing). Then checks what `check` asks.
   */
  async function importTimeline({ world, plans, importKeys, twice, chunkSize }: Timeline, check: 'statuses' | 'stats'): Promise<void> {
    const exports = plans.map((plan) => {
      const orders = ordersInExport(world, plan);
      return { plan, orders, rendered: renderExport(world, orders, plan.at, plan.quirks) };
    });
    const twiceAt = twice % plans.length;

    // Expected: every order some export holds, as the newest export holding it shows it.
    const latest = new Map<string, { order: WorldOrder; state: OrderState; at: number }>();
    for (const { plan, orders } of exports) {
      for (const order of orders) {
        const known = latest.get(order.orderNo);
        if (!known || known.at < plan.at) latest.set(order.orderNo, { order, state: stateAt(order, plan.at)!, at: plan.at });
      }
    }

    const dir = tempDir();
    const { backend } = await openTestBackend(dir);
    try {
      for (const [step, index] of importOrderOf(plans, importKeys).entries()) {
        const current = exports[index]!;
        const summary = backend.importFiles(sources(current.rendered, chunkSize), { commit: true });
        expect(summary.problems.filter((p) => p.severity === 'error'), `errors importing export [${index}]`).toEqual([]);
        if (check === 'statuses' && step === twiceAt) {
          const before = await backend.dispatch('stats.get', {});
          const again = backend.importFiles(sources(current.rendered, chunkSize), { commit: true });
          expect(
            { orders: again.orders, lines: again.lines, customers: again.customers, statusChanges: again.statusChanges },
            `export [${index}] imported a second time right away`,
          ).toEqual({
            orders: { inserted: 0, updated: 0, unchanged: current.orders.length },
            lines: { inserted: 0, updated: 0, unchanged: current.orders.reduce((n, o) => n + o.lines.length, 0) },
            customers: { created: 0, updated: 0 },
            statusChanges: { applied: 0, backwardIgnored: 0 },
          });
          expect(await backend.dispatch('stats.get', {}), 'stats after the repeated import').toEqual(before);
        }
      }
      if (check === 'stats') {
        const expected = expectedStats(world, [...latest.values()]);
        expect(await backend.dispatch('stats.get', {}), 'stats after every export').toEqual({ ok: true, data: expected });
      }
    } finally {
      backend.close();
    }

    if (check === 'statuses') {
      const expectedStatuses = [...latest.values()]
        .map(({ order, state }) => ({ order_no: order.orderNo, status: bookStatus(order, state) }))
        .sort(byOrderNo);
      const book = new Database(join(dir, 'book.sqlite'), { readonly: true, fileMustExist: true });
      try {
        const statuses = book.prepare('SELECT order_no, status FROM orders ORDER BY order_no').all();
        expect(statuses, 'per-order status after every export').toEqual(expectedStatuses);
      } finally {
        book.close();
      }
    }
  }

  it(
    'overlapping exports imported in any order: each order ends in the status of the newest export holding it; an export imported twice in a row changes nothing the second time',
    () => assertProperty(timelineArbitrary, (timeline) => importTimeline(timeline, 'statuses'), showTimeline),
    TEST_TIMEOUT,
  );

  it(
    'overlapping exports imported in any order: the book\'s stats are those of the newest snapshot of every order',
    () => assertProperty(timelineArbitrary, (timeline) => importTimeline(timeline, 'stats'), showTimeline),
    TEST_TIMEOUT,
  );
});

/** The exports' indices sorted by their keys (ties: oldest first). */
function importOrderOf(plans: readonly ExportPlan[], keys: readonly number[]): number[] {
  return plans.map((_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
}
