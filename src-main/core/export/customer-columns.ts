import { CHURN_RISK_NAMES, churnRiskOf } from '../../contract/predictions';
import { NON_MEMBER_TIER_NAME } from '../../contract/tiers';
import { formatBirthdayText } from '../birthdays/birthday-text';
import type { SheetCell } from './spreadsheet-cells';

/** One customer as the export reads it from the book. */
export interface ExportedCustomer {
  id: number;
  buyerNick: string | null;
  receiverName: string | null;
  phone: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  address: string | null;
  orderCount: number;
  paidFen: number;
  refundFen: number;
  netSpentFen: number;
  firstOrderAt: string | null;
  lastOrderAt: string | null;
  birthdayCalendar: string | null;
  birthdayYear: number | null;
  birthdayMonth: number | null;
  birthdayDay: number | null;
  birthdayLeapMonth: number;
  tierName: string | null;
  tags: string | null;
  staffName: string | null;
  blacklisted: number;
  doNotDisturb: number;
  notes: string | null;
  /** 活跃概率, 0–1; null without one. */
  pAlive: number | null;
}

const yuan = (fen: number): number => Math.round(fen) / 100;

function birthdayText(c: ExportedCustomer): string | null {
  if (c.birthdayMonth === null || c.birthdayDay === null) return null;
  const calendar = c.birthdayCalendar === 'lunar' ? 'lunar' : 'solar';
  return formatBirthdayText({ calendar, year: c.birthdayYear, month: c.birthdayMonth, day: c.birthdayDay, leapMonth: c.birthdayLeapMonth === 1 });
}

function churnRiskText(c: ExportedCustomer): string | null {
  const level = churnRiskOf(c.pAlive);
  return level && CHURN_RISK_NAMES[level];
}

/**
 * The export's columns: header, width and value. Money in yuan as numbers (Excel sums them);
 * phones and ids as text, so Excel neither rounds nor reformats them.
 */
export const CUSTOMER_EXPORT_COLUMNS: readonly { header: string; width: number; value(c: ExportedCustomer): SheetCell }[] = [
  { header: '客户编号', width: 10, value: (c) => c.id },
  { header: '买家昵称', width: 18, value: (c) => c.buyerNick },
  { header: '收货人', width: 10, value: (c) => c.receiverName },
  { header: '手机', width: 14, value: (c) => c.phone },
  { header: '省份', width: 10, value: (c) => c.province },
  { header: '城市', width: 10, value: (c) => c.city },
  { header: '区县', width: 10, value: (c) => c.district },
  { header: '收货地址', width: 40, value: (c) => c.address },
  { header: '有效订单数', width: 10, value: (c) => c.orderCount },
  { header: '实付金额（元）', width: 12, value: (c) => yuan(c.paidFen) },
  { header: '退款金额（元）', width: 12, value: (c) => yuan(c.refundFen) },
  { header: '净消费（元）', width: 12, value: (c) => yuan(c.netSpentFen) },
  { header: '客单价（元）', width: 12, value: (c) => (c.orderCount > 0 ? Math.round(c.netSpentFen / c.orderCount) / 100 : null) },
  { header: '首次下单', width: 19, value: (c) => c.firstOrderAt },
  { header: '最近下单', width: 19, value: (c) => c.lastOrderAt },
  { header: '会员等级', width: 10, value: (c) => c.tierName ?? NON_MEMBER_TIER_NAME },
  { header: '生日', width: 16, value: birthdayText },
  { header: '标签', width: 16, value: (c) => c.tags },
  { header: '负责客服', width: 10, value: (c) => c.staffName },
  { header: '黑名单', width: 8, value: (c) => (c.blacklisted ? '是' : '') },
  { header: '免打扰', width: 8, value: (c) => (c.doNotDisturb ? '是' : '') },
  { header: '备注', width: 30, value: (c) => c.notes },
  // A percent as a number (23 for 23%), so Excel sorts and filters it.
  { header: '活跃概率（%）', width: 12, value: (c) => (c.pAlive === null ? null : Math.round(c.pAlive * 100)) },
  { header: '流失风险', width: 8, value: churnRiskText },
];
