import { describe, expect, it } from 'vitest';
import { taskReasons } from '../../../src-main/core/follow-ups/task-reason';
import { formatYuan } from '../../../src-main/core/format-yuan';

describe('why a task exists', () => {
  it('says it in one short sentence per kind', () => {
    expect(taskReasons.received('2515405727075138604', '2026-11-15', 7)).toBe('订单 2515405727075138604 于 2026-11-15 确认收货，7 天了：问问用得怎么样');
    expect(taskReasons.notConfirmed('251', '2026-11-05', 15)).toBe('订单 251 于 2026-11-05 发货，15 天还没确认收货');
    expect(taskReasons.shipped('251', '2026-11-20')).toBe('订单 251 于 2026-11-20 发货');
    expect(taskReasons.refunded('251', 5_900)).toBe('订单 251 退款 ¥59.00');
    expect(taskReasons.tierUp('2026-11-20', 'VIP会员')).toBe('2026-11-20 升级为 VIP会员');
    expect(taskReasons.birthday('农历八月十五', '2026-12-05')).toBe('农历八月十五生日（12月5日）');
    expect(taskReasons.birthday('1990年12月5日', '2026-12-05')).toBe('12月5日生日');
    expect(taskReasons.birthday('2月29日', '2027-02-28')).toBe('2月29日生日（2月28日）');
    expect(taskReasons.repurchase('316不锈钢保温杯，杯套', '2026-09-23', 60)).toBe('上次买「316不锈钢保温杯」是 2026-09-23，复购周期 60 天');
    expect(taskReasons.repurchase(null, '2026-09-23', 60)).toBe('上次买「商品」是 2026-09-23，复购周期 60 天');
    expect(taskReasons.dormant(60, '2026-09-23')).toBe('已 60 天没有下单（上次 2026-09-23）');
    expect(taskReasons.complaint('小王', '杯盖\n漏水')).toBe('客服 小王 登记的投诉：杯盖 漏水');
    expect(taskReasons.complaint(null, '差评')).toBe('店主登记的投诉：差评');
    expect(taskReasons.churnRisk(0.2371, '2026-05-01', 128_000)).toBe('活跃概率已降到 23%（上次购买 2026-05-01，累计消费 ¥1,280.00）');
    // Rounded down: 49.9% under a 50% bar must not read as 50%.
    expect(taskReasons.churnRisk(0.499, '2026-05-01', 50_000)).toBe('活跃概率已降到 49%（上次购买 2026-05-01，累计消费 ¥500.00）');
    expect(taskReasons.churnRisk(0.004, '2026-05-01', 50_000)).toBe('活跃概率已不到 1%（上次购买 2026-05-01，累计消费 ¥500.00）');
  });

  it('keeps long titles and notes short', () => {
    expect(taskReasons.repurchase('一二三四五六七八九十一二三四五六七八', '2026-09-23', 30)).toBe('上次买「一二三四五六七八九十一二三四五六…」是 2026-09-23，复购周期 30 天');
    expect(taskReasons.complaint('小王', '很'.repeat(80))).toBe(`客服 小王 登记的投诉：${'很'.repeat(60)}…`);
  });

  it('writes money as ¥ with thousands grouped', () => {
    expect(formatYuan(123_450)).toBe('¥1,234.50');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(123_456_789_00)).toBe('¥123,456,789.00');
    expect(formatYuan(-5_900)).toBe('-¥59.00');
  });
});
