import { parseDate } from '../calendar-dates';
import { formatYuan } from '../format-yuan';

/** Why a task exists: one short sentence staff read on the list, stored with the task. */

/** The first title of the order, shortened: a list row has room for a few words of it. */
function shortTitle(title: string | null): string {
  const first = title?.split('，')[0]?.trim();
  if (!first) return '商品';
  return first.length > 16 ? `${first.slice(0, 16)}…` : first;
}

function shortNote(note: string): string {
  const oneLine = note.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 60)}…` : oneLine;
}

/**
 * A probability as whole percent, rounded down: 流失预警 says "dropped to" a figure below the
 * rule's bar, and 49.6% rounded to 50% would read as not below a 50% bar at all.
 */
function aliveNow(probability: number): string {
  const percent = Math.floor(probability * 100);
  return percent < 1 ? '活跃概率已不到 1%' : `活跃概率已降到 ${percent}%`;
}

/** 12月5日, as a date reads next to a lunar birthday. */
function monthDay(date: string): string {
  const { month, day } = parseDate(date);
  return `${month}月${day}日`;
}

export const taskReasons = {
  received: (orderNo: string, on: string, days: number) =>
    days === 0 ? `订单 ${orderNo} 于 ${on} 确认收货：问问用得怎么样` : `订单 ${orderNo} 于 ${on} 确认收货，${days} 天了：问问用得怎么样`,
  notConfirmed: (orderNo: string, shippedOn: string, days: number) => `订单 ${orderNo} 于 ${shippedOn} 发货，${days} 天还没确认收货`,
  shipped: (orderNo: string, shippedOn: string) => `订单 ${orderNo} 于 ${shippedOn} 发货`,
  refunded: (orderNo: string, refundFen: number) => `订单 ${orderNo} 退款 ${formatYuan(refundFen)}`,
  tierUp: (on: string, tierName: string) => `${on} 升级为 ${tierName}`,
  /** `birthdayText` as staff typed it (农历八月十五), `on` the day it is celebrated this time; the year of birth is left out. */
  birthday: (birthdayText: string, on: string) => {
    const text = birthdayText.replace(/^\d{4}年/, '');
    const celebrated = monthDay(on);
    return text === celebrated ? `${text}生日` : `${text}生日（${celebrated}）`;
  },
  repurchase: (title: string | null, on: string, cycleDays: number) => `上次买「${shortTitle(title)}」是 ${on}，复购周期 ${cycleDays} 天`,
  dormant: (days: number, lastOn: string) => `已 ${days} 天没有下单（上次 ${lastOn}）`,
  /** `alive`: P(alive) on the day the task is due; `spentFen`: net spend in all. */
  churnRisk: (alive: number, lastOn: string, spentFen: number) => `${aliveNow(alive)}（上次购买 ${lastOn}，累计消费 ${formatYuan(spentFen)}）`,
  complaint: (staffName: string | null, note: string) => `${staffName ? `客服 ${staffName} ` : '店主'}登记的投诉：${shortNote(note)}`,
};
