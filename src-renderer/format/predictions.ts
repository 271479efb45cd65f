import { CHURN_RISK_NAMES, churnRiskOf, type ChurnRiskLevel, type PredictionModelDto } from '@contract';

/** A level's tag colour: red for those slipping away, green for those still buying. */
export const CHURN_RISK_COLORS: Readonly<Record<ChurnRiskLevel, string>> = { high: 'red', medium: 'orange', low: 'green' };

/** What "—" means where a customer has no 活跃概率. */
export const NO_P_ALIVE_HINT = '只买过一次，还看不出';

/** 0.234 → 23%; below 1% but not zero says <1% rather than a misleading 0%. */
export function formatPAlive(pAlive: number): string {
  if (pAlive > 0 && pAlive < 0.005) return '<1%';
  return `${Math.round(pAlive * 100)}%`;
}

/** 流失风险高 / 中 / 低 for a P(alive); null without one. */
export function churnRiskLabel(pAlive: number | null): { level: ChurnRiskLevel; text: string } | null {
  const level = churnRiskOf(pAlive);
  return level && { level, text: `流失风险${CHURN_RISK_NAMES[level]}` };
}

/** 1.23 → 约 1.2 次; tiny forecasts read as 不到 0.1 次, not 0. */
export function formatExpectedOrders(n: number): string {
  if (n > 0 && n < 0.05) return '不到 0.1 次';
  return `约 ${n.toFixed(1)} 次`;
}

/**
 * Why the models say nothing yet, in one sentence for the owner; null when they are ready.
 * `missing` (what the book lacks) comes from the server already phrased.
 */
export function modelNotReadyReason(model: PredictionModelDto): string | null {
  switch (model.status) {
    case 'ready':
      return null;
    case 'never':
      return '还没有计算过客户预测：导入订单后会自动计算。';
    case 'computing':
      return '正在计算客户预测，请稍候。';
    case 'failed':
      return `客户预测计算失败：${model.message ?? '原因不明'}`;
    case 'notReady':
      return model.missing.length > 0 ? `客户预测还不能用：${model.missing.join('；')}` : '客户预测还不能用：订单历史还不够。';
  }
}
