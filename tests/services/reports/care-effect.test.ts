import { describe, expect, it } from 'vitest';
import type { CareEffectDto } from '../../../src-main/contract';
import { openPlantedCareBook, PLANTED_ORDER_FEN, PLANTED_PERIOD } from '../../helpers/care-effect-book';
import { call, rejected } from '../../helpers/dispatch-calls';
import { useTempDir } from '../../helpers/temp-dir';

describe('效果评估 compares the customers a rule contacted with its 对照组', () => {
  const tempDir = useTempDir('zhanggui-care-effect-');

  it('finds the effect planted in a book: 40% of the contacted buy again within 30 days against 15% of those held out', async () => {
    const book = await openPlantedCareBook(tempDir(), { customers: 1_200, holdoutPercent: 50, contactedRate: 0.4, heldOutRate: 0.15, seed: 7 });
    try {
      // The draw split the book about in half, and nobody held out got a task.
      expect(book.heldOut.size).toBeGreaterThan(500);
      expect(book.contacted.size).toBeGreaterThan(500);
      expect(book.contacted.size + book.heldOut.size).toBe(1_200);
      expect([...book.heldOut.keys()].some((id) => book.contacted.has(id))).toBe(false);

      const report = await call<CareEffectDto>(book.backend, 'reports.careEffect', PLANTED_PERIOD);
      expect(report.rules.map((r) => [r.ruleId, r.ruleName, r.holdoutPercent])).toEqual([[book.ruleId, '收货回访', 50]]);
      const windows = report.rules[0]!.windows;
      expect(windows.map((w) => w.days)).toEqual([30, 60, 90]);
      for (const w of windows) {
        // Every window has ended by 2026-11-22: everyone counts, and the repurchases are exactly those planted.
        expect(w.contacted).toMatchObject({ customers: book.contacted.size, repurchased: book.planted.contacted.size });
        expect(w.heldOut).toMatchObject({ customers: book.heldOut.size, repurchased: book.planted.heldOut.size });
        expect(w.verdict).toBe('better');
        expect(w.rateDifference!.low).toBeLessThan(0.25);
        expect(w.rateDifference!.high).toBeGreaterThan(0.25);
        expect(w.revenueDifferenceFen!.low).toBeLessThan(0.25 * PLANTED_ORDER_FEN);
        expect(w.revenueDifferenceFen!.high).toBeGreaterThan(0.25 * PLANTED_ORDER_FEN);
        expect(w.summary).toMatch(new RegExp(`^联系过的客户 ${w.days} 天内复购率高出 \\d+\\.\\d 个百分点（95% 置信区间 \\d+\\.\\d ~ \\d+\\.\\d），效果明显$`));
      }
      const w30 = windows[0]!;
      expect(w30.contacted.revenuePerCustomerFen).toBe(Math.round((book.planted.contacted.size * PLANTED_ORDER_FEN) / book.contacted.size));

      // A period before the rule kept a 对照组 has nothing to compare.
      expect((await call<CareEffectDto>(book.backend, 'reports.careEffect', { from: '2026-01-01', to: '2026-05-31' })).rules).toEqual([]);
      // A shorter period: only the customers due in it.
      const early = await call<CareEffectDto>(book.backend, 'reports.careEffect', { from: '2026-06-01', to: '2026-06-10' });
      const dueBy = (units: Map<number, string>) => [...units.values()].filter((due) => due <= '2026-06-10').length;
      expect(early.rules[0]!.windows[0]).toMatchObject({ contacted: { customers: dueBy(book.contacted) }, heldOut: { customers: dueBy(book.heldOut) } });
    } finally {
      book.close();
    }
  }, 120_000);

  it('finds no effect where none was planted (both groups 25%): the interval contains 0', async () => {
    const book = await openPlantedCareBook(tempDir(), { customers: 1_200, holdoutPercent: 50, contactedRate: 0.25, heldOutRate: 0.25, seed: 11 });
    try {
      const report = await call<CareEffectDto>(book.backend, 'reports.careEffect', PLANTED_PERIOD);
      for (const w of report.rules[0]!.windows) {
        expect(w.verdict).toBe('unclear');
        expect(w.rateDifference!.low).toBeLessThan(0);
        expect(w.rateDifference!.high).toBeGreaterThan(0);
        expect(w.summary).toMatch(/^差别在误差范围内，还看不出效果/);
      }
    } finally {
      book.close();
    }
  }, 120_000);

  it('says a small book is too small to tell, and refuses a bad period in Chinese', async () => {
    const book = await openPlantedCareBook(tempDir(), { customers: 40, holdoutPercent: 30, contactedRate: 0.4, heldOutRate: 0.15, seed: 3 });
    try {
      const report = await call<CareEffectDto>(book.backend, 'reports.careEffect', PLANTED_PERIOD);
      for (const w of report.rules[0]!.windows) {
        expect(w).toMatchObject({ verdict: 'tooSmall', rateDifference: null, revenueDifferenceFen: null });
        expect(w.heldOut.customers).toBe(book.heldOut.size);
        expect(w.summary).toBe(`样本太少（对照组只有 ${book.heldOut.size} 位），还不能下结论，再等等`);
      }
      expect((await rejected(book.backend, 'reports.careEffect', { from: '2026-06-30', to: '2026-06-01' })).message).toMatch(/开始日期不能晚于结束日期/);
      expect((await rejected(book.backend, 'reports.careEffect', { from: '2026-02-30', to: '2026-03-01' })).message).toMatch(/没有 2026-02-30 这一天/);
    } finally {
      book.close();
    }
  }, 120_000);
});
