import { describe, expect, it } from 'vitest';
import { createBuyerTally } from '../../../src-main/core/reports/buyer-counts';

const tally = (ids: number[], survivorOf = new Map<number, number>()) => {
  const t = createBuyerTally(survivorOf);
  for (const id of ids) t.add(id);
  return t.counts();
};

describe('counting buyers from the buyer of each order', () => {
  it('counts a buyer once, and as a repeat buyer from the second order on', () => {
    expect(tally([])).toEqual({ buyers: 0, repeatBuyers: 0 });
    expect(tally([7, 3, 7, 7, 9])).toEqual({ buyers: 3, repeatBuyers: 1 });
  });

  it('counts a merged record as its survivor', () => {
    expect(tally([4, 5], new Map([[5, 4]]))).toEqual({ buyers: 1, repeatBuyers: 1 });
  });

  it('handles ids far beyond the first guess, and more than 255 orders of one buyer', () => {
    expect(tally([2_000_000, ...Array.from({ length: 300 }, () => 1), 2_000_000])).toEqual({ buyers: 2, repeatBuyers: 2 });
  });
});
