import { CARE_RULE_KIND_NAMES, type CareRuleInput, type CareRuleKind } from '../../contract/care-rules';

type DefaultRule = Omit<CareRuleInput, 'id'>;

const NO_FILTERS: CareRuleInput['filters'] = { tierIds: null, minOrderFen: null, maxOrderFen: null, productKeywords: [], shopIds: null };

/** What each kind's message says until the owner writes their own. */
export const DEFAULT_CARE_TEMPLATES: Readonly<Record<CareRuleKind, string>> = {
  afterReceipt: '亲，#昵称#，您在#店铺#买的#商品#用得还习惯吗？有任何不满意或建议都可以直接告诉我们，我们会认真改进～',
  shipped: '亲，您的订单#订单编号#已经发货啦，#物流公司# 运单号 #物流单号#，请留意查收～',
  refund: '亲，您的退款已经处理好了，给您添麻烦了。方便说说哪里没让您满意吗？我们一定改进～',
  tierUp: '恭喜#昵称#升级为#店铺##等级#！您现在可以享受：#优惠#。',
  birthday: '#昵称#，提前祝您生日快乐！#店铺#为您准备了生日礼：#优惠#，祝您天天开心～',
  repurchase: '亲，您上次买的#商品#差不多该用完了吧？需要的话随时找我，老顾客给您留着～',
  dormant: '#昵称#，好久不见！#店铺#上了不少新品，#等级#专享#优惠#，有空回来看看呀～',
  complaint: '亲，非常抱歉给您带来不好的体验。关于#商品#的问题我们马上为您处理，方便详细说说吗？',
  churnRisk: '#昵称#，好久没见您来#店铺#了，老顾客专享#优惠#给您留着，有需要随时找我～',
};

function rule(kind: CareRuleKind, fields: Partial<DefaultRule>): DefaultRule {
  return {
    kind,
    name: CARE_RULE_KIND_NAMES[kind],
    enabled: true,
    priority: 2,
    delayDays: 0,
    fallbackDays: null,
    cycleDays: null,
    dormantDays: null,
    filters: NO_FILTERS,
    capDays: 3,
    assignMode: 'owner',
    assignStaffId: null,
    template: DEFAULT_CARE_TEMPLATES[kind],
    holdoutPercent: 0,
    aliveBelowPercent: null,
    minSpentFen: null,
    ...fields,
  };
}

/**
 * The rules a new book starts with: the care most shops want on (the seeds single out asking how
 * the product works after 确认收货), and the ones that touch many customers at once (发货提醒,
 * 复购提醒, 休眠唤醒) switched off until the owner has looked at them. Staff go to the customer's
 * own 客服 (轮流 when the customer has none). 流失预警 starts off too, with a 10% hold-out so its
 * effect can be measured from the first day the owner switches it on (migration 0013 adds the same
 * rule, off, to books made before it).
 */
export const DEFAULT_CARE_RULES: readonly DefaultRule[] = [
  rule('afterReceipt', { delayDays: 7, fallbackDays: 15 }),
  rule('shipped', { enabled: false, priority: 3, delayDays: 0, capDays: 0 }),
  rule('refund', { priority: 1, delayDays: 1, capDays: 0 }),
  rule('tierUp', { delayDays: 0 }),
  rule('birthday', { delayDays: 3, capDays: 0 }),
  rule('repurchase', { enabled: false, delayDays: 0, cycleDays: 60, capDays: 7 }),
  rule('dormant', { enabled: false, priority: 3, dormantDays: [30, 60, 90], capDays: 14 }),
  rule('complaint', { priority: 1, delayDays: 0, capDays: 0 }),
  rule('churnRisk', { enabled: false, capDays: 30, holdoutPercent: 10, aliveBelowPercent: 50, minSpentFen: 50_000 }),
];
