/**
 * Buyers simulated the way the BG/NBD model assumes shops work: each buys at a Gamma-distributed
 * rate while alive and drops out after a purchase with a Beta-distributed probability; order
 * values vary around a buyer's own mean. Seeded, so the same seed gives the same shop. Plain
 * TypeScript without vitest, so the bench builds its book from it too.
 */
const uniform = (random: () => number) => Math.max(random(), 1e-12);

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(uniform(random))) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, scale 1) by Marsaglia–Tsang (boosted below shape 1). */
export function gammaVariate(random: () => number, shape: number): number {
  if (shape < 1) return gammaVariate(random, shape + 1) * Math.pow(uniform(random), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = normal(random);
    const v = Math.pow(1 + c * z, 3);
    if (v <= 0) continue;
    if (Math.log(uniform(random)) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

export function betaVariate(random: () => number, a: number, b: number): number {
  const x = gammaVariate(random, a);
  return x / (x + gammaVariate(random, b));
}

/** The simulated shop: one purchase per ~40 days on average while alive (r = 0.9, α = 36 days), 20% drop out after each purchase (a = 1, b = 4). */
export const SIMULATED_SHOP = { r: 0.9, alphaDays: 36, a: 1, b: 4, minMeanFen: 6_000, maxMeanFen: 30_000 } as const;

/**
 * One buyer's orders: day indexes from 0 (the period's first day) up to `days`, and each
 * order's paid fen. First purchases spread over the period, fewer near its end (a shop that
 * keeps acquiring buyers).
 */
export function simulateBuyer(random: () => number, days: number): { days: number[]; paidFen: number[] } {
  const shop = SIMULATED_SHOP;
  const ratePerDay = gammaVariate(random, shop.r) / shop.alphaDays;
  const dropout = betaVariate(random, shop.a, shop.b);
  const meanFen = shop.minMeanFen + Math.floor(random() * (shop.maxMeanFen - shop.minMeanFen));
  const result = { days: [] as number[], paidFen: [] as number[] };
  let day = Math.floor(Math.sqrt(random()) * days * 0.95);
  for (;;) {
    result.days.push(day);
    result.paidFen.push(Math.max(500, Math.round(meanFen * (0.7 + 0.6 * random()))));
    if (random() < dropout) break;
    day += Math.max(1, Math.ceil(-Math.log(uniform(random)) / ratePerDay));
    if (day > days) break;
  }
  return result;
}
