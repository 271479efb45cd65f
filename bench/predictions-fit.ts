// Issue 9, 预测: how long the BG/NBD and Gamma-Gamma fits take on a shop-sized book, run by hand
// (not part of bench/run.ts):
//   npx tsx bench/predictions-fit.ts [--customers 350000] [--continuous]
// The book is simulated from the BG/NBD itself (CDNOW's parameters, α in days) over three years of
// first purchases, so the fit should also recover the parameters it was drawn from. Times are
// whole days, as a shop's summaries are; --continuous keeps fractions of days, which makes nearly
// every customer a group of their own (the worst case for the grouping).
import { fitBgNbdGroups } from '../src-main/core/predictions/bgnbd-fit';
import { groupSummaries } from '../src-main/core/predictions/bgnbd-groups';
import { expectedTransactions, probabilityAlive } from '../src-main/core/predictions/bgnbd-predictions';
import type { BgNbdParams, CustomerSummary } from '../src-main/core/predictions/bgnbd-types';
import { predictedTwelveMonthValueFen } from '../src-main/core/predictions/customer-value';
import { fitGammaGamma, type SpendSummary } from '../src-main/core/predictions/gamma-gamma';
import { measure, printTable, type Figure } from './measure';

const TARGET_MS = 10_000;
const TRUE_BGNBD: BgNbdParams = { r: 0.243, alpha: 4.414 * 7, a: 0.793, b: 2.426 };
/** Gamma-Gamma of CDNOW with spends in fen of ¥: a mean order near ¥250. */
const TRUE_GAMMA_GAMMA = { p: 6.25, q: 3.74, gamma: 15.44 * 100 * 7 };
const HISTORY_DAYS = 1095;

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** mulberry32: a fixed seed so every run times the same book. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(u: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

/** Gamma(shape, rate 1) by Marsaglia & Tsang, boosted by U^(1/shape) below shape 1. */
function gammaSample(u: () => number, shape: number): number {
  if (shape < 1) return gammaSample(u, shape + 1) * u() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = normal(u);
    const v = (1 + c * z) ** 3;
    if (v > 0 && Math.log(1 - u()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

function simulate(customers: number, continuous: boolean): { summaries: CustomerSummary[]; spends: SpendSummary[]; meanSpendFen: number[]; orders: number } {
  const u = random(9);
  const { r, alpha, a, b } = TRUE_BGNBD;
  const summaries: CustomerSummary[] = [];
  const spends: SpendSummary[] = [];
  const meanSpendFen: number[] = [];
  let orders = 0;
  const day = (t: number) => (continuous ? t : Math.floor(t));
  for (let i = 0; i < customers; i++) {
    const lambda = gammaSample(u, r) / alpha;
    const pa = gammaSample(u, a);
    const p = pa / (pa + gammaSample(u, b));
    const nu = gammaSample(u, TRUE_GAMMA_GAMMA.q) / TRUE_GAMMA_GAMMA.gamma;
    const T = day(u() * HISTORY_DAYS);
    let t = 0;
    let x = 0;
    let lastPurchase = 0;
    let spent = 0;
    // Dropout can only follow a repeat purchase: the first one, at 0, leaves everyone alive.
    for (;;) {
      t += -Math.log(1 - u()) / lambda;
      if (day(t) > T) break;
      x += 1;
      lastPurchase = day(t);
      spent += gammaSample(u, TRUE_GAMMA_GAMMA.p) / nu;
      if (u() < p) break;
    }
    summaries.push({ x, tx: lastPurchase, T });
    meanSpendFen.push(x > 0 ? Math.round(spent / x) : 0);
    if (x > 0) spends.push({ x, meanSpend: Math.max(1, Math.round(spent / x)) });
    orders += 1 + x;
  }
  return { summaries, spends, meanSpendFen, orders };
}

async function main(): Promise<void> {
  const customers = Number(argument('--customers') ?? 350_000);
  const continuous = process.argv.includes('--continuous');
  const { summaries, spends, meanSpendFen, orders } = simulate(customers, continuous);
  console.log(`\n== 预测 fit: ${customers.toLocaleString('en')} simulated customers, ${orders.toLocaleString('en')} orders, ${continuous ? 'continuous' : 'whole-day'} times (issue 9) ==`);

  const figures: Figure[] = [];
  const grouping = await measure('group (x, tx, T)', 1, () => groupSummaries(summaries));
  figures.push(grouping.figure);
  const groups = grouping.value;
  console.log(`groups of repeat customers: ${groups.repeatCounts.length.toLocaleString('en')}, distinct T: ${groups.ageValues.length}, distinct tx: ${groups.lastPurchaseValues.length}`);
  const bgNbd = await measure('fit BG/NBD', 1, () => fitBgNbdGroups(groups));
  figures.push(bgNbd.figure);
  const gammaGamma = await measure(`fit Gamma-Gamma (${spends.length.toLocaleString('en')} repeat customers)`, 1, () => fitGammaGamma(spends));
  figures.push(gammaGamma.figure);
  const { params } = bgNbd.value;
  const everyone = (name: string, predict: (customer: CustomerSummary, i: number) => number) =>
    measure(`${name}, all customers`, 1, () => {
      let sum = 0;
      for (let i = 0; i < summaries.length; i++) sum += predict(summaries[i]!, i);
      return sum;
    });
  figures.push((await everyone('P(alive)', (customer) => probabilityAlive(params, customer))).figure);
  figures.push((await everyone('E[Y(90 days)]', (customer) => expectedTransactions(params, customer, 90))).figure);
  const valueOf = (monthlyDiscountRate: number) => (customer: CustomerSummary, i: number) =>
    predictedTwelveMonthValueFen(params, gammaGamma.value.params, { ...customer, meanSpendFen: meanSpendFen[i]! }, { unitsPerYear: 365, monthlyDiscountRate });
  figures.push((await everyone('12-month value', valueOf(0))).figure);
  figures.push((await everyone('12-month value discounted 1%/month', valueOf(0.01))).figure);
  printTable(figures);

  const fitted = bgNbd.value;
  const show = (o: object) => Object.entries(o).map(([k, v]) => `${k} ${(v as number).toFixed(3)}`).join(', ');
  console.log(`BG/NBD drawn from: ${show(TRUE_BGNBD)}`);
  console.log(`BG/NBD fitted:     ${show(fitted.params)} (LL ${fitted.logLikelihood.toFixed(1)}, ${fitted.evaluations} evaluations, converged ${fitted.converged})`);
  console.log(`Gamma-Gamma drawn from: ${show(TRUE_GAMMA_GAMMA)}`);
  console.log(`Gamma-Gamma fitted:     ${show(gammaGamma.value.params)} (${gammaGamma.value.evaluations} evaluations, converged ${gammaGamma.value.converged})`);
  const total = grouping.figure.medianMs + bgNbd.figure.medianMs + gammaGamma.figure.medianMs;
  console.log(`grouping + both fits: ${total.toFixed(0)} ms (target < ${TARGET_MS} ms) ${total < TARGET_MS ? 'OK' : 'TOO SLOW'}`);
}

await main();
