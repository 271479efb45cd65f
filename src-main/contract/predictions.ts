import { z } from 'zod';

/**
 * 流失风险 of the customer list: high below 30% P(alive), medium 30–70%, low from 70%. Customers
 * who bought on one day only have no P(alive) (the model cannot tell) and are in none of them.
 */
export const CHURN_RISK_LEVELS = ['high', 'medium', 'low'] as const;
export type ChurnRiskLevel = (typeof CHURN_RISK_LEVELS)[number];
export const CHURN_RISK_NAMES: Readonly<Record<ChurnRiskLevel, string>> = { high: '高', medium: '中', low: '低' };
/** P(alive) bounds of each level: from (included) to (excluded). */
export const CHURN_RISK_BOUNDS: Readonly<Record<ChurnRiskLevel, { from: number; to: number }>> = {
  high: { from: 0, to: 0.3 },
  medium: { from: 0.3, to: 0.7 },
  low: { from: 0.7, to: 1.000001 },
};

/** The 流失风险 of a P(alive); null without one (bought on one day only). */
export function churnRiskOf(pAlive: number | null): ChurnRiskLevel | null {
  if (pAlive === null) return null;
  return CHURN_RISK_LEVELS.find((level) => pAlive >= CHURN_RISK_BOUNDS[level].from && pAlive < CHURN_RISK_BOUNDS[level].to) ?? null;
}

/** The gate (预测的前提): the history the models need before they say anything. */
export const PREDICTION_GATE = { minBuyers: 500, minSpanDays: 180, minThreeTimeBuyers: 30 } as const;

export const predictionCustomerInput = z.strictObject({ customerId: z.int().positive() });

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期要写成 2026-09-25 这样' });

/** 效果评估 of the care rules with a hold-out group, for tasks and hold-outs due in the period. */
export const careEffectInput = z
  .strictObject({ from: day, to: day })
  .refine((range) => range.from <= range.to, { error: '开始日期不能晚于结束日期', path: ['to'] });
