import { describe, expect, it } from 'vitest';
import {
  compareStatus,
  normaliseStatus,
  STATUS_RANK,
  type OrderStatus,
} from '../../../src-main/core/import/order-status';

function expectAll(texts: readonly string[], status: OrderStatus): void {
  for (const text of texts) expect(normaliseStatus(text), text).toBe(status);
}

/** Every way a comma may be written: full-width, half-width, half-width with a space, none. */
function commaForms(text: string): string[] {
  return [text, text.replaceAll('，', ','), text.replaceAll('，', ', '), text.replaceAll('，', '')];
}

describe('normaliseStatus: Taobao / Tmall', () => {
  it('maps the online-payment statuses', () => {
    expectAll(['等待买家付款'], 'unpaid');
    expectAll(commaForms('买家已付款，等待卖家发货'), 'paid');
    expectAll(commaForms('卖家已发货，等待买家确认'), 'shipped');
    expectAll(['交易成功'], 'completed');
    expectAll(['交易关闭', '交易被淘宝关闭', '交易被天猫关闭', '没有创建支付宝交易'], 'closed');
  });

  it('maps the cash-on-delivery statuses', () => {
    expectAll(['等待买家确认货到付款订单信息'], 'unpaid');
    expectAll(commaForms('买家已确认，等待卖家发货'), 'paid');
    expectAll(commaForms('卖家已发货，等待买家确认收货并付款'), 'shipped');
    expectAll(['买家已签收', ...commaForms('买家已签收，回款至卖家')], 'completed');
  });

  it('maps partial shipment and the API wording', () => {
    expectAll(['卖家部分发货', '部分发货', '等待买家确认收货', ...commaForms('卖家已发货，等待买家确认收货')], 'shipped');
    expectAll(['等待卖家发货'], 'paid');
    expectAll(['付款确认中'], 'unpaid');
  });
});

describe('normaliseStatus: Pinduoduo', () => {
  it('maps every documented status', () => {
    expectAll(['待支付', '未支付'], 'unpaid');
    expectAll(['待发货', '待成团', '拼团中'], 'paid');
    expectAll([...commaForms('已发货，待签收'), ...commaForms('已发货，待收货')], 'shipped');
    expectAll(['已签收', '已收货'], 'completed');
    expectAll(['已取消', ...commaForms('未发货，退款成功')], 'closed');
  });
});

describe('normaliseStatus: JD', () => {
  it('maps every documented status', () => {
    expectAll(['等待付款', '等待付款确认'], 'unpaid');
    expectAll(['等待出库', '等待发货'], 'paid');
    expectAll(['等待确认收货', '已发货'], 'shipped');
    expectAll(['完成', '已完成'], 'completed');
    expectAll(['取消', '已取消', '锁定', '已锁定'], 'closed');
  });
});

describe('normaliseStatus: Douyin', () => {
  it('maps every documented status', () => {
    expectAll(['待支付'], 'unpaid');
    expectAll(['待发货', '备货中'], 'paid');
    expectAll(['已发货', '部分发货'], 'shipped');
    expectAll(['已完成'], 'completed');
    expectAll(['已关闭', '已取消'], 'closed');
  });

  it('ignores the TAB Douyin puts in front of values', () => {
    expect(normaliseStatus('\t已发货')).toBe('shipped');
  });
});

describe('normaliseStatus: Youzan', () => {
  it('maps every documented status', () => {
    expectAll(['待付款'], 'unpaid');
    expectAll(['待发货'], 'paid');
    expectAll(['已发货'], 'shipped');
    expectAll(['交易成功', '交易完成'], 'completed');
    expectAll(['交易关闭'], 'closed');
  });
});

describe('normaliseStatus: normalisation', () => {
  it('trims spaces, TAB and full-width spaces', () => {
    expect(normaliseStatus('  交易成功 ')).toBe('completed');
    expect(normaliseStatus('\u3000交易关闭\u3000')).toBe('closed');
    expect(normaliseStatus('买家已付款， 等待卖家发货')).toBe('paid');
  });

  it('applies NFKC (full-width letters and punctuation)', () => {
    expect(normaliseStatus('已发货，待签收'.normalize('NFKC'))).toBe('shipped');
    expect(normaliseStatus('已发货﹐待签收')).toBe('shipped'); // small comma U+FE50 → ','
  });

  it('keeps unknown text as unknown, never forcing it', () => {
    expectAll(['', '  ', '-', '交易成功了', '退款中', '暂停', '交易', '已付款待发货吗', 'TRADE_FINISHED', '0元购合约中'], 'unknown');
  });

  it('does not mistake a substring for a status', () => {
    expect(normaliseStatus('买家已付款，等待卖家发货（部分退款）')).toBe('unknown');
    expect(normaliseStatus('已发货，待签收，已退款')).toBe('unknown');
  });
});

describe('STATUS_RANK', () => {
  it('orders unpaid < paid < shipped < completed', () => {
    expect(STATUS_RANK.unpaid).toBeLessThan(STATUS_RANK.paid);
    expect(STATUS_RANK.paid).toBeLessThan(STATUS_RANK.shipped);
    expect(STATUS_RANK.shipped).toBeLessThan(STATUS_RANK.completed);
    expect(Object.keys(STATUS_RANK).sort()).toEqual(['completed', 'paid', 'shipped', 'unpaid']);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(STATUS_RANK)).toBe(true);
  });
});

describe('compareStatus', () => {
  const live: ReadonlyArray<keyof typeof STATUS_RANK> = ['unpaid', 'paid', 'shipped', 'completed'];
  const all: OrderStatus[] = [...live, 'closed', 'unknown'];

  it('is same for the same status, including unknown and closed', () => {
    for (const s of all) expect(compareStatus(s, s), s).toBe('same');
  });

  it('goes forward and backward by rank among live statuses', () => {
    expect(compareStatus('unpaid', 'paid')).toBe('forward');
    expect(compareStatus('paid', 'shipped')).toBe('forward');
    expect(compareStatus('shipped', 'completed')).toBe('forward');
    expect(compareStatus('unpaid', 'completed')).toBe('forward'); // skipped stages between exports
    expect(compareStatus('paid', 'unpaid')).toBe('backward');
    expect(compareStatus('completed', 'shipped')).toBe('backward');
    expect(compareStatus('completed', 'unpaid')).toBe('backward');
    for (const from of live) {
      for (const to of live) {
        if (from === to) continue;
        expect(compareStatus(from, to), `${from} → ${to}`).toBe(STATUS_RANK[to] > STATUS_RANK[from] ? 'forward' : 'backward');
      }
    }
  });

  it('treats closing as forward from every stage, even after completion (full refund)', () => {
    for (const from of [...live, 'unknown'] as const) expect(compareStatus(from, 'closed'), from).toBe('forward');
    expect(compareStatus('completed', 'closed')).toBe('forward');
  });

  it('never reopens a closed order', () => {
    for (const to of [...live, 'unknown'] as const) expect(compareStatus('closed', to), to).toBe('backward');
  });

  it('lets new information replace unknown, but not the other way round', () => {
    for (const to of live) expect(compareStatus('unknown', to), to).toBe('forward');
    for (const from of live) expect(compareStatus(from, 'unknown'), from).toBe('backward');
  });

  it('is antisymmetric: forward one way is backward the other', () => {
    for (const a of all) {
      for (const b of all) {
        if (a === b) continue;
        const there = compareStatus(a, b);
        const back = compareStatus(b, a);
        expect(new Set([there, back]), `${a} ⇄ ${b}`).toEqual(new Set(['forward', 'backward']));
      }
    }
  });
});
