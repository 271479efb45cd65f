import { describe, expect, it } from 'vitest';
import type { PredictionModelDto } from '../../src-main/contract';
import { churnRiskLabel, formatExpectedOrders, formatPAlive, modelNotReadyReason } from '../../src-renderer/format/predictions';

const model = (over: Partial<PredictionModelDto>): PredictionModelDto => ({
  status: 'ready',
  computing: false,
  missing: [],
  message: null,
  computedAt: '2026-11-22T01:30:00.000Z',
  asOf: '2026-11-22',
  horizon: '2026-11-19',
  stale: false,
  buyers: 640,
  repeaters: 300,
  spanDays: 400,
  purchase: null,
  spend: null,
  fitMs: 10,
  ...over,
});

describe('the predictions as the screens say them', () => {
  it('shows 活跃概率 as a whole percent, and a tiny one as <1% rather than 0%', () => {
    expect(formatPAlive(0.234)).toBe('23%');
    expect(formatPAlive(0.999)).toBe('100%');
    expect(formatPAlive(0.001)).toBe('<1%');
    expect(formatPAlive(0)).toBe('0%');
  });

  it('puts the level bounds where the contract does: 30% is 中, 70% is 低, none without P(alive)', () => {
    expect(churnRiskLabel(0.2999)).toEqual({ level: 'high', text: '流失风险高' });
    expect(churnRiskLabel(0.3)).toEqual({ level: 'medium', text: '流失风险中' });
    expect(churnRiskLabel(0.7)).toEqual({ level: 'low', text: '流失风险低' });
    expect(churnRiskLabel(1)).toEqual({ level: 'low', text: '流失风险低' });
    expect(churnRiskLabel(null)).toBeNull();
  });

  it('rounds expected orders to one decimal, never to a flat 0', () => {
    expect(formatExpectedOrders(1.26)).toBe('约 1.3 次');
    expect(formatExpectedOrders(0.01)).toBe('不到 0.1 次');
    expect(formatExpectedOrders(0)).toBe('约 0.0 次');
  });

  it('says why there are no predictions yet, with what the book lacks', () => {
    expect(modelNotReadyReason(model({}))).toBeNull();
    expect(modelNotReadyReason(model({ status: 'notReady', missing: ['需要至少 500 位有订单的买家，现在只有 17 位', '需要至少 180 天的订单记录'] }))).toBe(
      '客户预测还不能用：需要至少 500 位有订单的买家，现在只有 17 位；需要至少 180 天的订单记录',
    );
    expect(modelNotReadyReason(model({ status: 'failed', message: '拟合没有收敛' }))).toContain('拟合没有收敛');
    expect(modelNotReadyReason(model({ status: 'never' }))).toContain('导入订单后');
  });
});
