import type Database from 'better-sqlite3';

type Visit = (a: never, b: never, c: never, d: never) => void;

/**
 * Hands every row of a query to a JavaScript function through an aggregate SQL function, so no
 * row object or array is made per row: reading a year's million orders this way takes a quarter
 * of the time `.all()` or `.iterate()` takes (0.27 s against 0.95 s). The query selects
 * `<name>(col, …)` with up to four columns; each call gets one row's columns. The connection is
 * busy meanwhile: the function must not query it (read settings and the like before).
 */
export function createRowVisitor(sqlite: Database.Database, name: string) {
  let visit: Visit | null = null;
  sqlite.aggregate(name, {
    start: 0,
    varargs: true,
    // Named parameters, not a rest array: no array per row. (The typings know two arguments only.)
    step: ((rows: number, a: unknown, b: unknown, c: unknown, d: unknown) => {
      (visit as (a: unknown, b: unknown, c: unknown, d: unknown) => void)(a, b, c, d);
      return rows + 1;
    }) as unknown as (rows: number, value: unknown) => number,
  });
  return {
    /** Runs the statement (one aggregate row) with `each` receiving the rows; returns how many. */
    run<V extends Visit>(statement: Database.Statement, params: object, each: V): number {
      visit = each;
      try {
        return (statement.pluck().get(params) as number | undefined) ?? 0;
      } finally {
        visit = null;
      }
    },
  };
}
