// The report as one printable A4 page of HTML: no script, every figure written in, the charts as
// SVG drawn beforehand. The window prints it (or saves it as PDF) and the command line has a
// Chromium-family browser print it to PDF, so both give the same pages.

import type { ProductFiguresDto } from '../../contract';
import { formatCount } from '../format-count';
import { formatYuan } from '../format-yuan';
import type { ReportDocument } from './report-document';
import { formatPercent } from './report-headlines';

/** SVG charts of the page, drawn by the caller. */
export interface ReportCharts {
  tierSales: string;
  segments: string;
}

/** Rows per product table on paper. */
const PRINTED_PRODUCTS = 10;

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const percentOrDash = (ratio: number | null) => (ratio === null ? '—' : formatPercent(ratio));

function table(header: readonly string[], rows: readonly (readonly string[])[], numericFrom = 1): string {
  const cell = (tag: 'th' | 'td', text: string, i: number) => `<${tag}${i >= numericFrom ? ' class="n"' : ''}>${escapeHtml(text)}</${tag}>`;
  const body = rows.length === 0 ? `<tr><td colspan="${header.length}" class="none">本期没有数据</td></tr>` : rows.map((r) => `<tr>${r.map((t, i) => cell('td', t, i)).join('')}</tr>`).join('');
  return `<table><thead><tr>${header.map((t, i) => cell('th', t, i)).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

function section(title: string, content: string, note?: string): string {
  return `<section><h2>${escapeHtml(title)}</h2>${note ? `<p class="note">${escapeHtml(note)}</p>` : ''}${content}</section>`;
}

function products(list: readonly ProductFiguresDto[]): string {
  return table(
    ['商品', '件数', '买家数', '销售额', '回购人数', '回购率'],
    list.slice(0, PRINTED_PRODUCTS).map((p) => [p.title, formatCount(p.quantity), formatCount(p.buyers), formatYuan(p.salesFen), formatCount(p.repeatBuyers), percentOrDash(p.repeatRate)]),
  );
}

const STYLE = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { margin: 0; color: #1f1f1f; font: 12px/1.5 "Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", sans-serif; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 14px; margin: 0 0 6px; padding-left: 6px; border-left: 3px solid #1677ff; }
.period { color: #595959; margin: 0 0 12px; }
.headlines { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; margin-bottom: 14px; }
.headline { border: 1px solid #d9d9d9; border-radius: 6px; padding: 6px 8px; }
.headline .label { color: #595959; }
.headline .value { font-size: 17px; font-weight: 600; }
.up { color: #389e0d; } .down { color: #cf1322; } .flat { color: #8c8c8c; }
section { margin-bottom: 14px; break-inside: avoid; }
.chart svg { width: 100%; height: auto; }
table { width: 100%; border-collapse: collapse; }
th, td { border-bottom: 1px solid #f0f0f0; padding: 3px 6px; text-align: left; }
th { background: #fafafa; font-weight: 600; }
.n { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
.none { color: #8c8c8c; text-align: center; }
.note { color: #8c8c8c; margin: 0 0 4px; }
.effect { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
footer { color: #8c8c8c; font-size: 10px; margin-top: 8px; }
`;

/** The whole page; charts go in as they were drawn (SVG from echarts), everything else is escaped. */
export function reportPrintHtml(doc: ReportDocument, charts: ReportCharts): string {
  const { period, previous } = doc.dashboard;
  const headlines = doc.dashboard.headlines
    .map((h) => `<div class="headline" data-key="${escapeHtml(h.key)}"><div class="label">${escapeHtml(h.label)}</div><div class="value">${escapeHtml(h.value)}</div><div class="${h.tone}">${escapeHtml(h.change)}</div></div>`)
    .join('');
  const { effect, birthdayOffers } = doc.care;
  const effectCard = (label: string, g: { customers: number; repurchased: number; rate: number | null }) =>
    `<div class="headline"><div class="label">${escapeHtml(label)}</div><div class="value">${percentOrDash(g.rate)}</div><div class="flat">${formatCount(g.repurchased)} / ${formatCount(g.customers)} 位客户复购</div></div>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(`${doc.shopName} 经营报表 ${period.from} 至 ${period.to}`)}</title><style>${STYLE}</style></head><body>
<h1>${escapeHtml(doc.shopName)} 经营报表</h1>
<p class="period">${escapeHtml(`${period.from} 至 ${period.to}，对比 ${previous.from} 至 ${previous.to}；生成于 ${doc.madeAt}`)}</p>
<div class="headlines">${headlines}</div>
${section('会员等级销售', `<div class="chart">${charts.tierSales}</div>` + table(['会员等级', '买家数', '订单数', '销售额', '占比'], doc.tiers.rows.map((r) => [r.tierName, formatCount(r.buyers), formatCount(r.orders), formatYuan(r.salesFen), percentOrDash(r.share)])), '按买家现在的会员等级')}
${section('客户分层', `<div class="chart">${charts.segments}</div>` + table(['分层', '客户数', '占比', '消费金额'], doc.segments.segments.map((s) => [s.name, formatCount(s.customers), formatPercent(s.share), formatYuan(s.monetaryFen)])), `截至 ${doc.segments.asOf}，共 ${formatCount(doc.segments.customers)} 位客户`)}
${section('热销商品', products(doc.products.top), `按销售额，前 ${PRINTED_PRODUCTS} 名`)}
${section('回购最多的商品', products(doc.products.rebought), '回购人数：本期买过、并在另一笔订单里也买过这件商品的客户')}
${section(
  '客服跟进',
  table(
    ['客服', '应跟进', '已完成', '逾期未处理', '跳过', '平均满意度'],
    doc.care.staff.map((r) => [r.staff?.name ?? '未分配', formatCount(r.due), formatCount(r.doneOnTime + r.doneLate), formatCount(r.overdue), formatCount(r.skipped), r.averageSatisfaction === null ? '—' : r.averageSatisfaction.toFixed(1)]),
  ),
)}
${section('跟进效果', `<div class="effect">${effectCard('跟进过的客户', effect.followed)}${effectCard('应跟进未跟进的客户', effect.notFollowed)}</div>`, `${effect.windowDays} 天内再次下单的比例`)}
${section('生日礼遇', `<p>本期生日礼遇已发 ${formatCount(birthdayOffers.sent)} 份${birthdayOffers.byStaff.length ? '：' + escapeHtml(birthdayOffers.byStaff.map((s) => `${s.staffName ?? '未记录'} ${s.sent} 份`).join('，')) : ''}</p>`)}
<footer>掌柜客户本 · 有效订单（已付款、已发货、交易成功）按下单时间统计，销售额扣除退款。</footer>
</body></html>`;
}
