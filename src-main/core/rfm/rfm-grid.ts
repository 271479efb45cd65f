/**
 * The 5×5 R×F grid some owners know from English tutorials (Champions … Hibernating), by
 * quintile scores: R across (5 = most recent), F up (5 = most orders).
 */
export type RfmGridCellKey =
  | 'champions'
  | 'loyal'
  | 'potentialLoyalist'
  | 'newCustomer'
  | 'promising'
  | 'needAttention'
  | 'aboutToSleep'
  | 'atRisk'
  | 'cannotLose'
  | 'hibernating';

export const RFM_GRID_NAMES: Readonly<Record<RfmGridCellKey, string>> = {
  champions: '冠军客户',
  loyal: '忠诚客户',
  potentialLoyalist: '潜力客户',
  newCustomer: '新客户',
  promising: '有潜力的新客',
  needAttention: '需要关注',
  aboutToSleep: '即将沉睡',
  atRisk: '有流失风险',
  cannotLose: '不能失去',
  hibernating: '休眠客户',
};

/** The classic layout of the grid: which name each (R, F) score pair carries. */
export function gridCell(r: number, f: number): RfmGridCellKey {
  if (r >= 5 && f >= 4) return 'champions';
  if (r >= 3 && f >= 4) return 'loyal';
  if (r >= 4 && f >= 2) return 'potentialLoyalist';
  if (r >= 5) return 'newCustomer';
  if (r >= 4) return 'promising';
  if (r >= 3 && f >= 3) return 'needAttention';
  if (r >= 3) return 'aboutToSleep';
  if (f >= 5) return 'cannotLose';
  if (f >= 3) return 'atRisk';
  return 'hibernating';
}
