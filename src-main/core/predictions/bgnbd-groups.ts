import type { CustomerSummary } from './bgnbd-types';

/**
 * Customers with identical (x, tₓ, T), indexed for a fast likelihood: every distinct x, T and
 * tₓ is stored once so each evaluation takes one logarithm per distinct value, not per
 * customer. Shops' summaries in whole days repeat a lot (all never-repeat customers of one
 * cohort share a row), which is what keeps a 350,000-customer fit quick.
 */
export interface SummaryGroups {
  customers: number;
  /** Distinct x values and how many customers have each. */
  xValues: Float64Array;
  xCounts: Float64Array;
  /** Distinct T values, and how many customers with x = 0 have each (their likelihood depends on T alone). */
  ageValues: Float64Array;
  zeroRepeatCounts: Float64Array;
  /** Distinct tₓ values among customers with x > 0. */
  lastPurchaseValues: Float64Array;
  /** One entry per group of customers with x > 0: indices into the arrays above, and the group's size. */
  repeatXIndex: Uint32Array;
  repeatAgeIndex: Uint32Array;
  repeatLastPurchaseIndex: Uint32Array;
  repeatCounts: Float64Array;
}

export function groupSummaries(customers: readonly CustomerSummary[]): SummaryGroups {
  const xIndex = new Indexer();
  const ageIndex = new Indexer();
  const lastPurchaseIndex = new Indexer();
  const xCounts: number[] = [];
  const zeroRepeatCounts: number[] = [];
  const groupOf = new Map<string, number>();
  const repeatXIndex: number[] = [];
  const repeatAgeIndex: number[] = [];
  const repeatLastPurchaseIndex: number[] = [];
  const repeatCounts: number[] = [];

  for (const { x, tx, T } of customers) {
    if (!(Number.isInteger(x) && x >= 0 && tx >= 0 && T >= tx && Number.isFinite(T))) {
      throw new RangeError(`a customer summary needs whole x ≥ 0 and 0 ≤ tx ≤ T, got x = ${x}, tx = ${tx}, T = ${T}`);
    }
    const xi = xIndex.of(x);
    xCounts[xi] = (xCounts[xi] ?? 0) + 1;
    const ti = ageIndex.of(T);
    if (x === 0) {
      zeroRepeatCounts[ti] = (zeroRepeatCounts[ti] ?? 0) + 1;
      continue;
    }
    const li = lastPurchaseIndex.of(tx);
    const key = `${xi}:${ti}:${li}`;
    const group = groupOf.get(key);
    if (group !== undefined) {
      repeatCounts[group]! += 1;
      continue;
    }
    groupOf.set(key, repeatCounts.length);
    repeatXIndex.push(xi);
    repeatAgeIndex.push(ti);
    repeatLastPurchaseIndex.push(li);
    repeatCounts.push(1);
  }
  const ages = ageIndex.values.length;
  return {
    customers: customers.length,
    xValues: Float64Array.from(xIndex.values),
    xCounts: Float64Array.from(xCounts),
    ageValues: Float64Array.from(ageIndex.values),
    zeroRepeatCounts: Float64Array.from({ length: ages }, (_, i) => zeroRepeatCounts[i] ?? 0),
    lastPurchaseValues: Float64Array.from(lastPurchaseIndex.values),
    repeatXIndex: Uint32Array.from(repeatXIndex),
    repeatAgeIndex: Uint32Array.from(repeatAgeIndex),
    repeatLastPurchaseIndex: Uint32Array.from(repeatLastPurchaseIndex),
    repeatCounts: Float64Array.from(repeatCounts),
  };
}

class Indexer {
  readonly values: number[] = [];
  private readonly indexOf = new Map<number, number>();

  of(value: number): number {
    let index = this.indexOf.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.indexOf.set(value, index);
      this.values.push(value);
    }
    return index;
  }
}
