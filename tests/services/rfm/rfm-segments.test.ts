import { describe, expect, it } from 'vitest';
import type { FollowUpListDto, RfmFlowDto, RfmSegmentsDto, RfmSettingsDto, RfmTasksCreatedDto } from '../../../src-main/contract';
import { openTestBackend } from '../../helpers/backend';
import { completedOrder, importExport, type ExportOrder } from '../../helpers/care-book';
import { call, rejected } from '../../helpers/dispatch-calls';
import { useTempDir } from '../../helpers/temp-dir';

const order = completedOrder;

/**
 * The clock is 2026-11-22 (Shanghai). tb_a: three orders (2026-11-20 ¥300, 2026-10-01 ¥200,
 * 2025-06-01 ¥100); tb_b: ¥50 on 2026-11-21 and a closed ¥999 order that never counts; tb_c:
 * ¥800 on 2026-05-01 with ¥300 refunded; tb_d: an unpaid order only (not a buyer).
 */
const ORDERS: ExportOrder[] = [
  order('tb_a', '2026-11-20 10:00:00', 30_000),
  order('tb_a', '2026-10-01 10:00:00', 20_000),
  order('tb_a', '2025-06-01 10:00:00', 10_000),
  order('tb_b', '2026-11-21 23:30:00', 5_000, { status: '买家已付款，等待卖家发货', completedAt: null }),
  order('tb_b', '2026-11-10 10:00:00', 99_900, { status: '交易关闭', completedAt: null }),
  order('tb_c', '2026-05-01 10:00:00', 80_000, { refundFen: 30_000 }),
  order('tb_d', '2026-11-21 10:00:00', 12_300, { status: '等待买家付款', paidAt: null, completedAt: null }),
];
const CUTOFFS = { recentWithinDays: 90, frequentFrom: 2, valuableFromFen: 30_000 };

const sizes = (dto: RfmSegmentsDto) => Object.fromEntries(dto.segments.filter((s) => s.customers > 0).map((s) => [s.name, [s.customers, s.monetaryFen]]));

describe('客户分层 over a book', () => {
  const tempDir = useTempDir('zhanggui-rfm-');

  async function book() {
    const { backend } = await openTestBackend(tempDir());
    importExport(backend, '202611220800', ORDERS);
    return backend;
  }

  it('counts valid orders net of refunds, all history to today: recent means bought lately', async () => {
    const backend = await book();
    try {
      const dto = await call<RfmSegmentsDto>(backend, 'rfm.segments', { mode: 'fixed', cutoffs: CUTOFFS });
      expect(dto.asOf).toBe('2026-11-22');
      expect(dto.customers).toBe(3);
      // tb_a: 2 days, 3 orders, ¥600; tb_b: 1 day, 1 order, ¥50; tb_c: 205 days, 1 order, ¥500.
      expect(sizes(dto)).toEqual({ 重要价值客户: [1, 60_000], 一般发展客户: [1, 5_000], 重要挽留客户: [1, 50_000] });
      expect(dto.saved).toBe(false);
    } finally {
      backend.close();
    }
  });

  it('a 12-month window leaves out older orders; a past date counts only the orders placed by then', async () => {
    const backend = await book();
    try {
      const year = await call<RfmSegmentsDto>(backend, 'rfm.segments', { mode: 'fixed', cutoffs: CUTOFFS, windowMonths: 12 });
      // tb_a without its 2025-06-01 order: 2 orders, ¥500.
      expect(sizes(year)).toEqual({ 重要价值客户: [1, 50_000], 一般发展客户: [1, 5_000], 重要挽留客户: [1, 50_000] });
      const past = await call<RfmSegmentsDto>(backend, 'rfm.segments', { mode: 'fixed', cutoffs: CUTOFFS, asOf: '2026-10-15' });
      // tb_a: 14 days, 2 orders, exactly ¥300 (inclusive); tb_c: 167 days; tb_b had bought nothing valid yet.
      expect(past.customers).toBe(2);
      expect(sizes(past)).toEqual({ 重要价值客户: [1, 30_000], 重要挽留客户: [1, 50_000] });
    } finally {
      backend.close();
    }
  });

  it('saves the way of segmenting, uses it by default, and refuses 固定值 without cut-offs in Chinese', async () => {
    const backend = await book();
    try {
      const fresh = await call<RfmSegmentsDto>(backend, 'rfm.segments', {});
      // A new book: 固定值 suggested from the data (90 days, 2 orders, median ¥500).
      expect(fresh).toMatchObject({ mode: 'fixed', saved: true, cutoffs: { recentWithinDays: 90, frequentFrom: 2, valuableFromFen: 50_000 } });
      const saved = await call<RfmSettingsDto>(backend, 'rfm.save', { windowMonths: 12, mode: 'median' });
      expect(saved).toEqual({ windowMonths: 12, mode: 'median', cutoffs: null });
      const now = await call<RfmSegmentsDto>(backend, 'rfm.segments', {});
      expect(now).toMatchObject({ windowMonths: 12, mode: 'median', saved: true });
      const refusal = await rejected(backend, 'rfm.save', { windowMonths: null, mode: 'fixed' });
      expect(refusal.message).toContain('固定值需要填写三个分界值');
      expect((await rejected(backend, 'rfm.segments', { windowMonths: 6 })).message).toContain('统计范围只能是全部、近 12 个月或近 24 个月');
      expect((await rejected(backend, 'rfm.segments', { asOf: '2026-02-30' })).message).toContain('没有 2026-02-30 这一天');
    } finally {
      backend.close();
    }
  });

  it('counts a merged record for the customer it was merged into, from the customer rows and from the orders alike', async () => {
    const backend = await book();
    try {
      const idOf = async (nick: string) => (await call<{ items: { id: number; buyerNick: string }[] }>(backend, 'customers.list', { search: nick })).items.find((r) => r.buyerNick === nick)!.id;
      await call(backend, 'customers.merge', { keepId: await idOf('tb_c'), mergeId: await idOf('tb_b') });
      // tb_c now: 1 day (tb_b's 2026-11-21), 2 orders, ¥550.
      const lifetime = await call<RfmSegmentsDto>(backend, 'rfm.segments', { mode: 'fixed', cutoffs: CUTOFFS });
      expect(lifetime.customers).toBe(2);
      expect(sizes(lifetime)).toEqual({ 重要价值客户: [2, 115_000] });
      const year = await call<RfmSegmentsDto>(backend, 'rfm.segments', { mode: 'fixed', cutoffs: CUTOFFS, windowMonths: 12 });
      expect(sizes(year)).toEqual({ 重要价值客户: [2, 105_000] });
    } finally {
      backend.close();
    }
  });

  it("gives each segment over all history the customer list's filters that show exactly its customers, in every mode", async () => {
    const backend = await book();
    try {
      for (const input of [{ mode: 'fixed', cutoffs: CUTOFFS }, { mode: 'fixed' }, { mode: 'mean' }, { mode: 'median' }, { mode: 'quintile' }]) {
        const dto = await call<RfmSegmentsDto>(backend, 'rfm.segments', input);
        for (const segment of dto.segments) {
          if (segment.customers === 0) {
            expect(segment.query).toBeNull();
            continue;
          }
          const listed = await call<{ total: number }>(backend, 'customers.list', segment.query);
          expect(listed.total, `${input.mode} ${segment.name}`).toBe(segment.customers);
        }
      }
      const year = await call<RfmSegmentsDto>(backend, 'rfm.segments', { windowMonths: 12 });
      expect(year.segments.every((s) => s.query === null)).toBe(true);
    } finally {
      backend.close();
    }
  });

  it('shows how customers moved between segments over a month, with the same cut-offs on both dates', async () => {
    const backend = await book();
    try {
      await call(backend, 'rfm.save', { windowMonths: null, mode: 'fixed', cutoffs: CUTOFFS });
      const november = await call<RfmFlowDto>(backend, 'rfm.flow', {});
      // 10-31: tb_a 30 days, 2 orders, ¥300 (重要价值); tb_c 183 days (重要挽留); tb_b had bought nothing valid.
      expect(november).toEqual({
        month: '2026-11',
        from: '2026-10-31',
        to: '2026-11-22',
        // New buyers first, then by the segment they came from.
        cells: [
          { from: 'new', to: 'generalDevelop', customers: 1 },
          { from: 'importantValue', to: 'importantValue', customers: 1 },
          { from: 'importantRetain', to: 'importantRetain', customers: 1 },
        ],
        moved: 1,
        customers: 3,
      });
      // 09-30: tb_a had only the 2025-06-01 order (¥100, 486 days): 一般挽留 → 重要价值 by 10-31.
      const october = await call<RfmFlowDto>(backend, 'rfm.flow', { month: '2026-10' });
      expect(october.cells).toEqual([
        { from: 'importantRetain', to: 'importantRetain', customers: 1 },
        { from: 'generalRetain', to: 'importantValue', customers: 1 },
      ]);
      expect(october).toMatchObject({ from: '2026-09-30', to: '2026-10-31', moved: 1, customers: 2 });
      expect((await rejected(backend, 'rfm.flow', { month: '2026-12' })).message).toContain('2026-12 还没到');
      expect((await rejected(backend, 'rfm.flow', { month: '2026-13' })).message).toContain('月份要写成 2026-11 这样');
    } finally {
      backend.close();
    }
  });

  it('建跟进任务: one task due today per customer of the segment, with the message given; 免打扰 customers left out', async () => {
    const backend = await book();
    try {
      await call(backend, 'rfm.save', { windowMonths: null, mode: 'fixed', cutoffs: CUTOFFS });
      const mei = (await call<{ id: number }>(backend, 'staff.create', { name: '小美' })).id;
      const made = await call<RfmTasksCreatedDto>(backend, 'rfm.createTasks', { segmentKey: 'importantValue', name: '老客关怀', template: '亲，#昵称#，#店铺#给老朋友准备了新品～', staffId: mei });
      expect(made).toMatchObject({ created: 1, leftOut: 0 });
      const list = await call<FollowUpListDto>(backend, 'followUps.list', {});
      const task = list.due.find((t) => t.ruleName === '老客关怀')!;
      expect(task).toMatchObject({ ruleKind: 'segment', ruleId: null, dueOn: '2026-11-22', reason: '客户分层：重要价值客户（2026-11-22）', assignee: { name: '小美' } });
      expect(task.customer.buyerNick).toBe('tb_a');
      // No shop name set in this book: #店铺# reads 本店.
      expect(task.message).toBe('亲，tb_a，本店给老朋友准备了新品～');

      const idOf = async (nick: string) => (await call<{ items: { id: number; buyerNick: string }[] }>(backend, 'customers.list', { search: nick })).items.find((r) => r.buyerNick === nick)!.id;
      await call(backend, 'customers.update', { id: await idOf('tb_c'), doNotDisturb: true });
      const refused = await rejected(backend, 'rfm.createTasks', { segmentKey: 'importantRetain', name: '挽回', template: '亲，好久不见' });
      expect(refused.message).toBe('「重要挽留客户」的 1 位客户都在黑名单或免打扰中，没有建任务。');
      expect((await rejected(backend, 'rfm.createTasks', { segmentKey: 'generalValue', name: '提单价', template: '亲' })).message).toBe('「一般价值客户」现在没有客户，没有可建的任务。');
      expect((await rejected(backend, 'rfm.createTasks', { segmentKey: 'importantValue', name: '', template: '亲' })).message).toContain('任务名称不能为空');
    } finally {
      backend.close();
    }
  });

  it('fills the 5×5 grid with every customer once', async () => {
    const backend = await book();
    try {
      const dto = await call<RfmSegmentsDto>(backend, 'rfm.segments', { mode: 'quintile' });
      expect(dto.grid).toHaveLength(25);
      expect(dto.grid.reduce((sum, cell) => sum + cell.customers, 0)).toBe(3);
      // What a score from 4 amounts to on this book of three.
      expect(dto.cutoffs).toEqual({ recentWithinDays: 1, frequentFrom: 3, valuableFromFen: 60_000 });
    } finally {
      backend.close();
    }
  });
});
