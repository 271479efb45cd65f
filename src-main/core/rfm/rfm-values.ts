/**
 * One customer's R, F and M as of a date, over valid orders (paid, net of refunds) in the
 * window: days since the last purchase, number of orders, net amount in fen.
 */
export interface RfmValues {
  customerId: number;
  recencyDays: number;
  frequency: number;
  monetaryFen: number;
}

/**
 * The same for every customer of a book, a column per measure: a book has hundreds of
 * thousands of customers, and typed columns are what sorting and counting them fast needs.
 */
export interface RfmColumns {
  size: number;
  customerIds: Float64Array;
  recencyDays: Float64Array;
  frequency: Float64Array;
  monetaryFen: Float64Array;
}

export function emptyColumns(capacity: number): RfmColumns {
  return {
    size: 0,
    customerIds: new Float64Array(capacity),
    recencyDays: new Float64Array(capacity),
    frequency: new Float64Array(capacity),
    monetaryFen: new Float64Array(capacity),
  };
}

/** Appends a customer; the columns grow as needed. */
export function pushValues(columns: RfmColumns, customerId: number, recencyDays: number, frequency: number, monetaryFen: number): void {
  if (columns.size === columns.customerIds.length) {
    const grown = emptyColumns(Math.max(16, columns.size * 2));
    grown.customerIds.set(columns.customerIds);
    grown.recencyDays.set(columns.recencyDays);
    grown.frequency.set(columns.frequency);
    grown.monetaryFen.set(columns.monetaryFen);
    columns.customerIds = grown.customerIds;
    columns.recencyDays = grown.recencyDays;
    columns.frequency = grown.frequency;
    columns.monetaryFen = grown.monetaryFen;
  }
  const i = columns.size++;
  columns.customerIds[i] = customerId;
  columns.recencyDays[i] = recencyDays;
  columns.frequency[i] = frequency;
  columns.monetaryFen[i] = monetaryFen;
}

/** Columns trimmed to their size. */
export function finishColumns(columns: RfmColumns): RfmColumns {
  const n = columns.size;
  return {
    size: n,
    customerIds: columns.customerIds.subarray(0, n),
    recencyDays: columns.recencyDays.subarray(0, n),
    frequency: columns.frequency.subarray(0, n),
    monetaryFen: columns.monetaryFen.subarray(0, n),
  };
}

export function toColumns(values: readonly RfmValues[]): RfmColumns {
  const columns = emptyColumns(values.length);
  for (const v of values) pushValues(columns, v.customerId, v.recencyDays, v.frequency, v.monetaryFen);
  return finishColumns(columns);
}
