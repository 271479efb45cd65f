/**
 * The Chinese 8 value segments (domain.md §4): each customer is 近/远 on R, 高/低 on F and M.
 * R-high means recent: a customer who bought yesterday is 近.
 */
export type RfmSegmentKey =
  | 'importantValue'
  | 'importantDevelop'
  | 'importantKeep'
  | 'importantRetain'
  | 'generalValue'
  | 'generalDevelop'
  | 'generalKeep'
  | 'generalRetain';

export interface RfmSegmentInfo {
  key: RfmSegmentKey;
  name: string;
  recent: boolean;
  frequent: boolean;
  valuable: boolean;
  /** What the owner is advised to do with them. */
  action: string;
}

/** In the order the owner reads them: the most valuable first. */
export const RFM_SEGMENTS: readonly RfmSegmentInfo[] = [
  { key: 'importantValue', name: '重要价值客户', recent: true, frequent: true, valuable: true, action: 'VIP 关怀，新品优先，不要用折扣惯着' },
  { key: 'importantDevelop', name: '重要发展客户', recent: true, frequent: false, valuable: true, action: '促成第二单：会员等级、积分、相关商品' },
  { key: 'importantKeep', name: '重要保持客户', recent: false, frequent: true, valuable: true, action: '主动回访，提醒会员权益' },
  { key: 'importantRetain', name: '重要挽留客户', recent: false, frequent: false, valuable: true, action: '一对一挽回：大额优惠券，问问为什么不来了' },
  { key: 'generalValue', name: '一般价值客户', recent: true, frequent: true, valuable: false, action: '提高客单价：搭配套餐、满减' },
  { key: 'generalDevelop', name: '一般发展客户', recent: true, frequent: false, valuable: false, action: '新客引导，推动第二次购买' },
  { key: 'generalKeep', name: '一般保持客户', recent: false, frequent: true, valuable: false, action: '低成本提醒' },
  { key: 'generalRetain', name: '一般挽留客户', recent: false, frequent: false, valuable: false, action: '一次低成本唤醒，之后降低优先级' },
];

const BY_FLAGS = new Map(RFM_SEGMENTS.map((segment) => [flagKey(segment.recent, segment.frequent, segment.valuable), segment]));

function flagKey(recent: boolean, frequent: boolean, valuable: boolean): string {
  return `${Number(recent)}${Number(frequent)}${Number(valuable)}`;
}

/** The segment of a customer who is (or is not) recent, frequent and valuable. */
export function segmentOf(recent: boolean, frequent: boolean, valuable: boolean): RfmSegmentInfo {
  return BY_FLAGS.get(flagKey(recent, frequent, valuable))!;
}
