import { describe, expect, it } from 'vitest';
import { openTestBackend } from '../../helpers/backend';
import { followUpsServiceOn, insertStaffMember, insertTask, insertTimedOrder, openBookFile, recordingGenerator, type TaskRow } from '../../helpers/follow-up-rows';
import { insertCustomer, insertShop } from '../../helpers/rows';
import { useTempDir } from '../../helpers/temp-dir';

describe("the owner's per-staff follow-up figures", () => {
  const tempDir = useTempDir();

  /**
   * A hand-made book whose answers are known. Today is 2026-11-22 (Shanghai); the range is
   * 11-10 … 11-25. Times of done tasks are instants; orders are shop time text.
   */
  async function handMadeBook() {
    const dir = tempDir();
    (await openTestBackend(dir)).backend.close();
    const sqlite = openBookFile(dir);
    const shopId = insertShop(sqlite);
    const customer = (key: string, mergedIntoId: number | null = null) => insertCustomer(sqlite, { shopId, identityKey: `nick:${key}`, buyerNick: key, mergedIntoId });
    const [a, b, c, d, e, f] = ['a', 'b', 'c', 'd', 'e', 'f'].map((k) => customer(k)) as [number, number, number, number, number, number];
    const fMerged = customer('f2', f);
    const order = (customerId: number, orderNo: string, status: string, createdAt: string | null, paidAt: string | null = createdAt) =>
      insertTimedOrder(sqlite, { shopId, customerId, orderNo, status, createdAt, paidAt });
    const an = insertStaffMember(sqlite, '小安');
    const bei = insertStaffMember(sqlite, '小贝');
    const bing = insertStaffMember(sqlite, '小丙', false);
    insertStaffMember(sqlite, '小丁', false);
    const done = (row: Omit<TaskRow, 'status'> & { handledAt: string; handledOn: string }) =>
      insertTask(sqlite, { handledBy: row.assigneeId ?? null, ...row, status: 'done' });

    // 小安
    done({ customerId: a, assigneeId: an, dueOn: '2026-11-10', handledOn: '2026-11-10', handledAt: '2026-11-10T02:00:00.000Z', satisfaction: 5 });
    order(a, 'A-before', 'paid', '2026-11-10 09:59:59'); // one second before the follow-up: not a repurchase
    done({ customerId: b, assigneeId: an, dueOn: '2026-11-12', handledOn: '2026-11-14', handledAt: '2026-11-14T02:00:00.000Z', satisfaction: 3, hadProblem: true });
    order(b, 'B-after', 'shipped', '2026-11-14 10:00:01');
    // Snoozed from 11-11 to 11-15 and done on 11-15: on time against the date agreed.
    done({ customerId: c, assigneeId: an, dueOn: '2026-11-15', originalDueOn: '2026-11-11', handledOn: '2026-11-15', handledAt: '2026-11-15T02:00:00.000Z' });
    order(c, 'C-day-30', 'completed', null, '2026-12-15 10:00:00'); // no 下单 time: 付款 time, exactly 30 days after
    insertTask(sqlite, { customerId: d, assigneeId: an, dueOn: '2026-11-18' });
    insertTask(sqlite, { customerId: e, assigneeId: an, dueOn: '2026-11-20', status: 'closed', handledBy: an, handledOn: '2026-11-20', handledAt: '2026-11-20T02:00:00.000Z' });
    insertTask(sqlite, { customerId: a, assigneeId: an, dueOn: '2026-11-21', status: 'inProgress' });
    insertTask(sqlite, { customerId: a, assigneeId: an, dueOn: '2026-11-23' });
    done({ customerId: a, assigneeId: an, dueOn: '2026-11-09', handledOn: '2026-11-09', handledAt: '2026-11-09T02:00:00.000Z', satisfaction: 1 });
    // 小贝's task done by 小安 is 小安's work. Done at 04:00 shop time (20:00 UTC the day before).
    done({ customerId: d, assigneeId: bei, handledBy: an, dueOn: '2026-11-16', handledOn: '2026-11-16', handledAt: '2026-11-15T20:00:00.000Z', satisfaction: 4 });
    order(d, 'D-before-in-shop-time', 'paid', '2026-11-16 03:00:00');
    order(d, 'D-day-30-and-a-second', 'paid', '2026-12-16 04:00:01');

    // 小丙, deactivated since
    done({ customerId: f, assigneeId: bing, dueOn: '2026-11-16', handledOn: '2026-11-16', handledAt: '2026-11-16T02:00:00.000Z', satisfaction: 2 });
    order(fMerged, 'F2-merged-record', 'completed', '2026-11-20 12:00:00');
    done({ customerId: e, assigneeId: bing, dueOn: '2026-11-17', handledOn: '2026-11-17', handledAt: '2026-11-17T02:00:00.000Z' });
    order(e, 'E-closed', 'closed', '2026-11-18 10:00:00');
    order(e, 'E-unpaid', 'unpaid', '2026-11-19 10:00:00');

    // Nobody's
    insertTask(sqlite, { customerId: b, dueOn: '2026-11-13' });
    insertTask(sqlite, { customerId: b, dueOn: '2026-11-26' });
    return { sqlite, staff: { an, bei, bing } };
  }

  it('counts due, on time (a snoozed task by its new date), late, overdue, skipped, the average score, problems and repurchases within 30 days per staff member', async () => {
    const { sqlite, staff } = await handMadeBook();
    try {
      const service = followUpsServiceOn(sqlite, recordingGenerator(sqlite).generator);
      const figures = service.staffFigures({ from: '2026-11-10', to: '2026-11-25' });
      expect(figures.from).toBe('2026-11-10');
      expect(figures.to).toBe('2026-11-25');
      expect(figures.rows).toEqual([
        { staff: { id: staff.an, name: '小安', active: true }, due: 8, doneOnTime: 3, doneLate: 1, overdue: 2, skipped: 1, averageSatisfaction: 4, problemsFound: 1, repurchasedWithin30Days: 2 },
        { staff: { id: staff.bei, name: '小贝', active: true }, due: 0, doneOnTime: 0, doneLate: 0, overdue: 0, skipped: 0, averageSatisfaction: null, problemsFound: 0, repurchasedWithin30Days: 0 },
        { staff: { id: staff.bing, name: '小丙', active: false }, due: 2, doneOnTime: 2, doneLate: 0, overdue: 0, skipped: 0, averageSatisfaction: 2, problemsFound: 0, repurchasedWithin30Days: 1 },
        { staff: null, due: 1, doneOnTime: 0, doneLate: 0, overdue: 1, skipped: 0, averageSatisfaction: null, problemsFound: 0, repurchasedWithin30Days: 0 },
      ]);
    } finally {
      sqlite.close();
    }
  });

  it('a range without any task lists the active staff with zeros, and refuses dates that do not exist', async () => {
    const { sqlite, staff } = await handMadeBook();
    try {
      const service = followUpsServiceOn(sqlite, recordingGenerator(sqlite).generator);
      const rows = service.staffFigures({ from: '2027-01-01', to: '2027-01-31' }).rows;
      expect(rows.map((r) => [r.staff?.id ?? null, r.due])).toEqual([
        [staff.an, 0],
        [staff.bei, 0],
      ]);
      expect(() => service.staffFigures({ from: '2026-02-30', to: '2026-03-01' })).toThrow('没有 2026-02-30 这一天，请检查日期。');
    } finally {
      sqlite.close();
    }
  });
});
