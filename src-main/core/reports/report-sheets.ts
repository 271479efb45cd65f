import type { ProductFiguresDto } from '../../contract';
import type { WorkbookCell, WorkbookSheet } from '../export/xlsx-workbook';
import type { ReportDocument } from './report-document';

const money = (fen: number | null): WorkbookCell => (fen === null ? null : { fen });
const ratio = (value: number | null): WorkbookCell => (value === null ? null : { ratio: value });

function overview(doc: ReportDocument): WorkbookSheet {
  const { period, previous } = doc.dashboard;
  const line = (label: string, now: WorkbookCell, before: WorkbookCell): WorkbookCell[] => [label, now, before];
  return {
    name: '概览',
    header: ['指标', `本期 ${period.from} 至 ${period.to}`, `上期 ${previous.from} 至 ${previous.to}`, '较上期'],
    widths: [20, 28, 28, 28],
    rows: [
      line('销售额（扣除退款）', money(period.salesFen), money(previous.salesFen)),
      line('订单数', period.orders, previous.orders),
      line('买家数', period.buyers, previous.buyers),
      line('新客户', period.newBuyers, previous.newBuyers),
      line('老客户', period.returningBuyers, previous.returningBuyers),
      line('复购率', ratio(period.repeatRate), ratio(previous.repeatRate)),
      line('客单价', money(period.averageOrderFen), money(previous.averageOrderFen)),
      line('退款金额', money(period.refundFen), money(previous.refundFen)),
      line('退款订单数', period.refundedOrders, previous.refundedOrders),
    ].map((row) => {
      const headline = doc.dashboard.headlines.find((h) => h.label === row[0]);
      return [...row, headline?.change ?? null];
    }),
  };
}

function productRows(products: readonly ProductFiguresDto[]): WorkbookCell[][] {
  return products.map((p, i) => [i + 1, p.title, p.quantity, p.orders, p.buyers, money(p.salesFen), p.repeatBuyers, ratio(p.repeatRate)]);
}

const PRODUCT_HEADER = ['排名', '商品', '件数', '订单数', '买家数', '销售额', '回购人数', '回购率'];
const PRODUCT_WIDTHS = [6, 40, 10, 10, 10, 16, 10, 10];

/** The report as sheets, one per table, in the order the page shows them. */
export function reportSheets(doc: ReportDocument): WorkbookSheet[] {
  const { effect, birthdayOffers } = doc.care;
  return [
    {
      name: '说明',
      header: ['项目', '内容'],
      widths: [16, 70],
      rows: [
        ['店铺', doc.shopName],
        ['统计期间', `${doc.from} 至 ${doc.to}`],
        ['对比期间', `${doc.dashboard.previous.from} 至 ${doc.dashboard.previous.to}`],
        ['生成时间', doc.madeAt],
        ['口径', '有效订单（已付款、已发货、交易成功），按下单时间；销售额扣除退款；复购率 = 期间内下单 2 次及以上的买家 ÷ 买家数'],
        ['会员等级', '按买家现在的会员等级'],
        ['客户分层', `截至 ${doc.segments.asOf}，按保存的分层设置`],
      ],
    },
    overview(doc),
    {
      name: '会员等级销售',
      header: ['会员等级', '买家数', '订单数', '销售额', '占比'],
      widths: [16, 10, 10, 16, 10],
      rows: doc.tiers.rows.map((r) => [r.tierName, r.buyers, r.orders, money(r.salesFen), ratio(r.share)]),
    },
    {
      name: '客户分层',
      header: ['分层', '客户数', '占比', '消费金额', '建议'],
      widths: [16, 10, 10, 16, 50],
      rows: doc.segments.segments.map((s) => [s.name, s.customers, ratio(s.share), money(s.monetaryFen), s.action]),
    },
    { name: '热销商品', header: PRODUCT_HEADER, widths: PRODUCT_WIDTHS, rows: productRows(doc.products.top) },
    { name: '回购最多的商品', header: PRODUCT_HEADER, widths: PRODUCT_WIDTHS, rows: productRows(doc.products.rebought) },
    {
      name: '客服跟进',
      header: ['客服', '应跟进', '按时完成', '逾期完成', '逾期未处理', '跳过', '平均满意度', '发现问题', '30天内复购'],
      widths: [14, 10, 10, 10, 12, 8, 12, 10, 12],
      rows: doc.care.staff.map((r) => [
        r.staff?.name ?? '未分配',
        r.due,
        r.doneOnTime,
        r.doneLate,
        r.overdue,
        r.skipped,
        r.averageSatisfaction === null ? null : Math.round(r.averageSatisfaction * 10) / 10,
        r.problemsFound,
        r.repurchasedWithin30Days,
      ]),
    },
    {
      name: '跟进效果',
      header: ['客户', '人数', `${effect.windowDays}天内复购人数`, '复购率'],
      widths: [24, 10, 16, 10],
      rows: [
        ['跟进过的客户', effect.followed.customers, effect.followed.repurchased, ratio(effect.followed.rate)],
        ['应跟进未跟进的客户', effect.notFollowed.customers, effect.notFollowed.repurchased, ratio(effect.notFollowed.rate)],
      ],
    },
    {
      name: '生日礼遇',
      header: ['发送人', '已发份数'],
      widths: [16, 10],
      rows: [...birthdayOffers.byStaff.map((s) => [s.staffName ?? '未记录', s.sent] as WorkbookCell[]), ['合计', birthdayOffers.sent]],
    },
  ];
}
