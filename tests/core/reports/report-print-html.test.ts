import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../src-main/core/reports/report-document';
import { reportPrintHtml } from '../../../src-main/core/reports/report-print-html';
import { reportHeadlines } from '../../../src-main/core/reports/report-headlines';

const figures = { from: '2026-11-01', to: '2026-11-30', salesFen: 123_456, orders: 3, buyers: 2, newBuyers: 1, returningBuyers: 1, repeatRate: 0.5, averageOrderFen: 41_152, refundFen: 0, refundedOrders: 0 };
const previous = { ...figures, from: '2026-10-02', to: '2026-10-31', salesFen: 100_000 };

function doc(title: string, staffName: string): ReportDocument {
  return {
    shopName: '<script>alert(1)</script>小店',
    from: '2026-11-01',
    to: '2026-11-30',
    madeAt: '2026-12-01 09:00',
    dashboard: { period: figures, previous, headlines: reportHeadlines(figures, previous) },
    tiers: { from: '2026-11-01', to: '2026-11-30', rows: [{ tierId: null, tierName: '店铺客户', buyers: 2, orders: 3, salesFen: 123_456, share: 1 }] },
    segments: { asOf: '2026-11-30', windowMonths: null, mode: 'fixed', cutoffs: { recentWithinDays: 90, frequentFrom: 2, valuableFromFen: 10_000 }, suggested: {} as never, customers: 2, segments: [], grid: [], saved: true },
    products: { from: '2026-11-01', to: '2026-11-30', top: [{ title, quantity: 1, orders: 1, buyers: 1, salesFen: 100, repeatBuyers: 0, repeatRate: 0 }], rebought: [] },
    care: {
      from: '2026-11-01',
      to: '2026-11-30',
      staff: [{ staff: { id: 1, name: staffName, active: true }, due: 4, doneOnTime: 2, doneLate: 1, overdue: 1, skipped: 0, averageSatisfaction: 4.25, problemsFound: 0, repurchasedWithin30Days: 1 }],
      effect: { windowDays: 30, followed: { customers: 3, repurchased: 1, rate: 1 / 3 }, notFollowed: { customers: 0, repurchased: 0, rate: null } },
      birthdayOffers: { sent: 2, byStaff: [{ staffName, sent: 2 }] },
    },
  };
}

describe('the printable report page', () => {
  it('writes every headline, table and figure in, with nothing that runs', () => {
    const html = reportPrintHtml(doc('保温杯', '小美'), { tierSales: '<svg id="tiers"></svg>', segments: '<svg id="segments"></svg>' });
    expect(html).toContain('@page { size: A4;');
    for (const headline of reportHeadlines(figures, previous)) {
      expect(html).toContain(headline.label);
      expect(html).toContain(headline.value);
      expect(html).toContain(headline.change);
    }
    expect(html).toContain('<svg id="tiers"></svg>');
    expect(html).toContain('¥1,234.56');
    expect(html).toContain('<td>小美</td><td class="n">4</td><td class="n">3</td>');
    expect(html).toContain('33.3%');
    expect(html).toContain('本期生日礼遇已发 2 份：小美 2 份');
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes what the shop, its products and staff are called', () => {
    const html = reportPrintHtml(doc('<img src=x onerror=alert(1)>', '"阿强"&'), { tierSales: '', segments: '' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;阿强&quot;&amp;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;小店 经营报表');
  });
});
