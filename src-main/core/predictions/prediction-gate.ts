import { PREDICTION_GATE } from '../../contract/predictions';
import type { SummaryFigures } from './purchase-summaries';

export interface PredictionGate {
  minBuyers: number;
  minSpanDays: number;
  minThreeTimeBuyers: number;
}

/**
 * 预测的前提: what the book still lacks before the models may say anything, one sentence per
 * missing item with the figures (empty: ready). Below these amounts a fit follows a handful of
 * buyers and its P(alive) would be noise dressed as a percentage.
 */
export function missingForPredictions(figures: SummaryFigures, gate: PredictionGate = PREDICTION_GATE): string[] {
  const missing: string[] = [];
  if (figures.buyers < gate.minBuyers) missing.push(`需要至少 ${gate.minBuyers} 位有订单的买家，现在只有 ${figures.buyers} 位`);
  if (figures.spanDays < gate.minSpanDays) missing.push(`需要至少 ${gate.minSpanDays} 天的订单记录（从最早一单到最近一单），现在只有 ${figures.spanDays} 天`);
  if (figures.threeTimeBuyers < gate.minThreeTimeBuyers) {
    missing.push(`需要至少 ${gate.minThreeTimeBuyers} 位在 3 个或更多不同日子下过单的买家，现在只有 ${figures.threeTimeBuyers} 位`);
  }
  return missing;
}
