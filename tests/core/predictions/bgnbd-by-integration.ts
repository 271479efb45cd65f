import type { BgNbdParams, CustomerSummary } from '../../../src-main/core/predictions/bgnbd-types';
import { integrate } from './quadrature';

/**
 * The BG/NBD quantities straight from the model's definition, by numerical integration over
 * λ ~ Gamma(r, α) and p ~ Beta(a, b), without any closed form. Given λ and p a customer's
 * likelihood is (1−p)ˣ λˣ e^(−λT) (still alive) + δₓ₍₀ p (1−p)ˣ⁻¹ λˣ e^(−λtₓ) (dropped out
 * after the last purchase); an alive customer's purchases in the next t number (1 − e^(−λpt))/p
 * on average, and the first comes within t with probability 1 − e^(−λt).
 *
 * When r < 1 or a < 1 the densities are infinite at 0; λ = w^(1/r) and p = u^(1/a) take that
 * out, as Gamma(r, α) dλ ∝ e^(−α w^(1/r)) dw and Beta(a, b) dp ∝ (1 − u^(1/a))^(b−1) du. The
 * normalising constants are integrated too. b ≥ 1 keeps the p integrand bounded at 1.
 */
export function byIntegration({ r, alpha, a, b }: BgNbdParams) {
  const lambdaOf = (w: number) => (r < 1 ? w ** (1 / r) : w);
  const pOf = (u: number) => (a < 1 ? u ** (1 / a) : u);
  const lambdaWeight = (w: number) => (r < 1 ? 1 : lambdaOf(w) ** (r - 1)) * Math.exp(-alpha * lambdaOf(w));
  const pWeight = (u: number) => (a < 1 ? 1 : pOf(u) ** (a - 1)) * (1 - pOf(u)) ** (b - 1);
  const lambdaMax = (x: number) => (x + r + 60 + 15 * Math.sqrt(x + 1)) / alpha;
  const wMax = (x: number) => (r < 1 ? lambdaMax(x) ** r : lambdaMax(x));
  const overLambda = (x: number, f: (lambda: number) => number) => integrate((w) => lambdaWeight(w) * f(lambdaOf(w)), 0, wMax(x));
  const overP = (f: (p: number) => number) => integrate((u) => pWeight(u) * f(pOf(u)), 0, 1);
  const normaliser = overLambda(0, () => 1) * overP(() => 1);

  /** The two parts of the likelihood, unnormalised. */
  const parts = ({ x, tx, T }: CustomerSummary) => {
    const alive = overLambda(x, (lambda) => lambda ** x * Math.exp(-lambda * T)) * overP((p) => (1 - p) ** x);
    const dropped = x > 0 ? overLambda(x, (lambda) => lambda ** x * Math.exp(-lambda * tx)) * overP((p) => p * (1 - p) ** (x - 1)) : 0;
    return { alive, dropped };
  };

  return {
    logLikelihood(customer: CustomerSummary): number {
      const { alive, dropped } = parts(customer);
      return Math.log((alive + dropped) / normaliser);
    },
    probabilityAlive(customer: CustomerSummary): number {
      const { alive, dropped } = parts(customer);
      return alive / (alive + dropped);
    },
    expectedTransactions(customer: CustomerSummary, t: number): number {
      const { alive, dropped } = parts(customer);
      const { x, T } = customer;
      const future = overP((p) => (1 - p) ** x * overLambda(x, (lambda) => lambda ** x * Math.exp(-lambda * T) * purchasesIfAlive(lambda, p, t)));
      return future / (alive + dropped);
    },
    expectedTransactionsUnconditional(t: number): number {
      return overP((p) => overLambda(0, (lambda) => purchasesIfAlive(lambda, p, t))) / normaliser;
    },
    probabilityOfPurchaseWithin(customer: CustomerSummary, t: number): number {
      const { alive, dropped } = parts(customer);
      const { x, T } = customer;
      const soon = overLambda(x, (lambda) => lambda ** x * Math.exp(-lambda * T) * -Math.expm1(-lambda * t)) * overP((p) => (1 - p) ** x);
      return soon / (alive + dropped);
    },
  };
}

/** (1 − e^(−λpt)) / p, the expected purchases in t of a customer alive now; λt in the limit p → 0. */
function purchasesIfAlive(lambda: number, p: number, t: number): number {
  return p === 0 ? lambda * t : -Math.expm1(-lambda * p * t) / p;
}
