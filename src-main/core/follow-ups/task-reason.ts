/** Why a task exists, in the one short sentence staff read on the list (stored with the task). */

function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** The first title, shortened: a list row has room for a few words of it. */
function shortTitle(title: string | null): string {
  if (!title) return '商品';
  const first = title.split('，')[0]!.trim();
  return first.length > 16 ? `${first.slice(0, 16)}…` : first;
}

export const taskReasons = {
  received: (orderNo: string, on: string, days: number) =>
    days === 0 ? `订单 ${orderNo} 于 ${on} 确认收货，问问用得怎么样` : `订单 ${orderNo} 于 ${on} 确认收货，${days} 天了：问问用得怎么样`,
  notConfirmed: (orderNo: string, shippedOn: string, days: number) => `订单 ${orderNo} 于 ${shippedOn} 发货，${days} 天还没确认收货`,
  shipped: (orderNo: string, shippedOn: string) => `订单 ${orderNo} 于 ${shippedOn} 发货，还在路上`,
  refunded: (orderNo: string, refundFen: number, seenOn: string) => `订单 ${orderNo} 退款 ${yuan(refundFen)}（${seenOn}）`,
  tierUp: (on: string, tierName: string) => `${on} 升级为${tierName}`,
  birthday: (birthdayText: string, on: string) => `${birthdayText}生日（${on}）`,
  repurchase: (title: string | null, on: string, cycleDays: number) => `上次买「${shortTitle(title)}」是 ${on}，复购周期 ${cycleDays} 天`,
  dormant: (days: number, lastOn: string) => `已 ${days} 天没有下单（上次 ${lastOn}）`,
  complaint: (staffName: string | null, note: string) => `${staffName ?? '店主'}登记的投诉：${note.length > 60 ? `${note.slice(0, 60)}…` : note}`,
};
