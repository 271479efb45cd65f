import type { WorkbookCell, WorkbookSheet } from '../export/xlsx-workbook';
import type { PersonalData, PersonalRecord } from './personal-data';

const TASK_STATUS: Record<string, string> = { open: '待处理', inProgress: '处理中', done: '已完成', closed: '已关闭' };
const TASK_ACTION: Record<string, string> = { started: '开始处理', done: '完成', skipped: '跳过', snoozed: '推迟', reassigned: '转交', complaint: '登记投诉' };
const TIER_CAUSE: Record<string, string> = { rule: '规则调整', import: '导入订单', manual: '手动', expiry: '到期' };
const DIRECTION: Record<string, string> = { up: '升级', down: '降级' };

const yuan = (fen: number | null): WorkbookCell => (fen === null ? null : { fen });
const yesNo = (value: boolean) => (value ? '是' : '否');
const named = (map: Record<string, string>, key: string) => map[key] ?? key;

function birthdayText(birthday: PersonalData['profile']['birthday']): string | null {
  if (!birthday) return null;
  const year = birthday.year ? `${birthday.year}年` : '';
  const calendar = birthday.calendar === 'lunar' ? '农历' : '公历';
  return `${calendar} ${year}${birthday.leapMonth ? '闰' : ''}${birthday.month}月${birthday.day}日`;
}

function recordRows(record: PersonalRecord): [string, WorkbookCell][] {
  return [
    ['买家昵称', record.buyerNick],
    ['收货人', record.receiverName],
    ['手机号', record.phone],
    ['省', record.province],
    ['市', record.city],
    ['区', record.district],
    ['地址', record.address],
    ['建档时间', record.createdAt],
    ['个人信息删除时间', record.erasedAt],
  ];
}

/**
 * 个人信息查询 as a workbook: one sheet per part of the book, Chinese headers, every row the book
 * holds about the person. Text is guarded against formulas by the workbook writer, as in every export.
 */
export function personalDataSheets(data: PersonalData): WorkbookSheet[] {
  const p = data.profile;
  const profileRows: [string, WorkbookCell][] = [
    ['客户编号', data.customerId],
    ['店铺', p.shopName],
    ['平台', p.platform],
    ...recordRows(p),
    ['有效订单数', p.orderCount],
    ['实付金额', yuan(p.paidFen)],
    ['退款金额', yuan(p.refundFen)],
    ['累计净消费', yuan(p.netSpentFen)],
    ['首次购买', p.firstOrderAt],
    ['最近购买', p.lastOrderAt],
    ['会员等级', p.tierName ?? '店铺客户'],
    ['等级获得日期', p.tierSince],
    ['等级有效期至', p.tierExpiresOn],
    ['生日', birthdayText(p.birthday)],
    ['备注', p.notes],
    ['黑名单', yesNo(p.blacklisted)],
    ['拉黑原因', p.blacklistReason],
    ['免打扰', yesNo(p.doNotDisturb)],
    ['负责客服', p.assignedStaff],
    ['导出时间', data.madeAt],
  ];
  const orderLines = data.orders.flatMap((o) =>
    o.lines.map((l): WorkbookCell[] => [o.orderNo, l.lineNo, l.title, l.skuProps, l.quantity, yuan(l.paidFen), yuan(l.refundFen), l.statusRaw]),
  );
  const statusChanges = data.orders.flatMap((o) =>
    o.statusChanges.map((c): WorkbookCell[] => [o.orderNo, c.from, c.to, c.applied ? '已更新' : '未采用（较旧的导出）', c.recordedAt]),
  );
  return [
    { name: '客户资料', header: ['项目', '内容'], rows: profileRows, widths: [16, 48] },
    {
      name: '合并进来的记录',
      header: ['客户编号', '买家昵称', '收货人', '手机号', '省', '市', '区', '地址', '建档时间', '个人信息删除时间'],
      rows: data.mergedRecords.map((r) => [r.id, ...recordRows(r).map(([, value]) => value)]),
    },
    { name: '标签', header: ['标签', '添加时间'], rows: data.tags.map((t) => [t.name, t.addedAt]) },
    {
      name: '等级变化',
      header: ['客户编号', '时间', '原等级', '新等级', '方向', '原因', '说明'],
      rows: data.tierChanges.map((c) => [c.customerId, c.changedAt, c.from, c.to, named(DIRECTION, c.direction), named(TIER_CAUSE, c.cause), c.reason]),
    },
    {
      name: '订单',
      header: [
        '订单编号', '客户编号', '店铺', '订单状态', '买家昵称', '收货人', '联系电话', '收货地址', '省', '市', '区', '总金额', '实付金额',
        '退款金额', '下单时间', '付款时间', '发货时间', '确认收货时间', '物流公司', '物流单号', '宝贝标题', '买家留言', '订单备注', '商家备忘',
      ],
      rows: data.orders.map((o) => [
        o.orderNo, o.customerId, o.shopName, o.statusRaw, o.buyerNick, o.receiverName, o.receiverPhone, o.receiverAddress, o.province,
        o.city, o.district, yuan(o.totalFen), yuan(o.paidFen), yuan(o.refundFen), o.createdAt, o.paidAt, o.shippedAt, o.completedAt,
        o.logisticsCompany, o.trackingNo, o.title, o.buyerMessage, o.orderNote, o.sellerMemo,
      ]),
      widths: [22],
    },
    { name: '订单明细', header: ['订单编号', '子订单编号', '宝贝', '规格', '数量', '实付金额', '退款金额', '状态'], rows: orderLines, widths: [22, 22, 30] },
    { name: '订单状态变化', header: ['订单编号', '原状态', '新状态', '处理', '记录时间'], rows: statusChanges, widths: [22] },
    {
      name: '跟进任务',
      header: ['任务编号', '客户编号', '规则', '订单编号', '到期日', '状态', '原因', '负责客服', '客户反馈', '满意度', '跳过原因', '处理时间', '创建时间'],
      rows: data.followUps.map((t) => [
        t.id, t.customerId, t.ruleName, t.orderNo, t.dueOn, named(TASK_STATUS, t.status), t.reason, t.assignee, t.outcomeNote,
        t.satisfaction, t.skipReason, t.handledAt, t.createdAt,
      ]),
    },
    {
      name: '跟进记录',
      header: ['任务编号', '客户编号', '时间', '操作', '客服', '记录内容', '满意度'],
      rows: data.followUpNotes.map((n) => [n.taskId, n.customerId, n.at, named(TASK_ACTION, n.action), n.staff, n.note, n.satisfaction]),
    },
    {
      name: '对照组',
      header: ['客户编号', '规则', '本应到期日', '记录时间'],
      rows: data.careHoldouts.map((h) => [h.customerId, h.ruleName, h.dueOn, h.createdAt]),
    },
    {
      name: '投诉',
      header: ['客户编号', '订单编号', '登记时间', '客服', '内容'],
      rows: data.complaints.map((c) => [c.customerId, c.orderNo, c.loggedAt, c.staff, c.note]),
    },
    {
      name: '生日关怀',
      header: ['客户编号', '年份', '生日当天', '客服', '发送时间'],
      rows: data.birthdayOffers.map((b) => [b.customerId, b.cycleYear, b.occursOn, b.staff, b.sentAt]),
    },
    {
      name: '合并记录',
      header: ['保留的客户', '合并进来的客户', '合并时间', '撤销时间'],
      rows: data.merges.map((m) => [m.keptId, m.mergedId, m.mergedAt, m.undoneAt]),
    },
    { name: '操作记录', header: ['时间', '账号', '操作', '名称', '详情'], rows: data.auditLog.map((a) => [a.at, a.account, a.action, a.label, a.detail]) },
    { name: '删除记录', header: ['删除时间', '原因', '匿名化订单数'], rows: data.erasures.map((e) => [e.erasedAt, e.reason, e.ordersAnonymised]) },
  ];
}

/** Rows in the file (JSON holds the same rows): what ExportFileDto.rows counts. */
export function sheetRows(sheets: readonly WorkbookSheet[]): number {
  return sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
}
