import type { MethodParsedInput, ReportCareDto, ReportProductsDto, ReportTiersDto, StaffFollowUpFiguresDto } from '../../contract';
import { addDays } from '../../core/calendar-dates';
import { createRepurchaseCheck, EFFECT_WINDOW_DAYS, effectFigure, effectGroups, type EffectTask, type EffectWindowStart } from '../../core/reports/follow-up-effect';
import { createProductTally, mostRebought, topSellers } from '../../core/reports/product-figures';
import { createTierSalesTally } from '../../core/reports/tier-sales';
import { formatInShopTime } from '../../core/shop-time';
import type { ReportCareRepo } from '../../db/repos/report-care-repo';
import type { ReportDashboardRepo } from '../../db/repos/report-dashboard-repo';
import type { ReportSalesRepo } from '../../db/repos/report-sales-repo';
import { checkReportPeriod } from './report-dashboard-service';

/** Rows of each product table: what fits on the A4 page and a screen. */
export const REPORT_PRODUCTS_LIMIT = 20;

type Period = MethodParsedInput<'reports.tiers'>;

/** 报表's tables below the headline: sales by tier, products, follow-up work and its effect. */
export function createReportSectionsService(deps: {
  sales: ReportSalesRepo;
  care: ReportCareRepo;
  dashboard: Pick<ReportDashboardRepo, 'survivors'>;
  /** 客服工作量's figures for the same days. */
  staffFigures: (from: string, to: string) => StaffFollowUpFiguresDto;
  /** Answers kept until the book changes: products read every line ever sold. */
  remember: <T>(key: string, compute: () => T) => T;
  today: () => string;
  timeZone: () => string;
}) {
  // One read of the orders in the groups' windows (a range of the order-time index), whatever the group's size.
  const repurchasedAmong = (group: readonly EffectWindowStart[], survivorOf: ReadonlyMap<number, number>): ReadonlySet<number> => {
    const check = createRepurchaseCheck(group, survivorOf, addDays);
    if (check.span) deps.care.eachOrderBetween(check.span.after, check.span.until, check.addOrder);
    return check.repurchased();
  };
  function tierSales(from: string, to: string): ReportTiersDto {
    const tally = createTierSalesTally(deps.dashboard.survivors(), deps.sales.tierOf(), deps.sales.tiers());
    deps.sales.eachPeriodOrder(from, to, tally.add);
    return { from, to, rows: tally.rows() };
  }

  function products(from: string, to: string): ReportProductsDto {
    const tally = createProductTally(deps.sales.ordersUpTo(from, to), deps.dashboard.survivors());
    deps.sales.eachLine(tally.addLine);
    const all = tally.results();
    return { from, to, top: topSellers(all, REPORT_PRODUCTS_LIMIT), rebought: mostRebought(all, REPORT_PRODUCTS_LIMIT) };
  }

  function care(from: string, to: string, today: string): ReportCareDto {
    const survivorOf = deps.dashboard.survivors();
    // Read before the scan: the connection is busy while it hands the tasks over.
    const timeZone = deps.timeZone();
    const tasks: EffectTask[] = [];
    deps.care.eachDueTask(from, to, (customerId, status, dueOn, handledAt) => {
      const doneAt = status === 'done' && handledAt !== null ? formatInShopTime(new Date(handledAt), timeZone) : null;
      tasks.push({ customerId: survivorOf.get(customerId) ?? customerId, status, dueOn, doneAt });
    });
    const groups = effectGroups(tasks, today);
    // A customer is in one group only: one read of the orders answers both.
    const back = repurchasedAmong([...groups.followed, ...groups.notFollowed], survivorOf);
    const offers = deps.care.birthdayOffers(from, to);
    return {
      from,
      to,
      staff: deps.staffFigures(from, to).rows,
      effect: {
        windowDays: EFFECT_WINDOW_DAYS,
        followed: effectFigure(groups.followed, back),
        notFollowed: effectFigure(groups.notFollowed, back),
      },
      birthdayOffers: { sent: offers.reduce((sum, o) => sum + o.sent, 0), byStaff: offers },
    };
  }

  // Each table is kept until the book changes: the page asks for them, then an export asks again.
  return {
    tiers({ from, to }: Period): ReportTiersDto {
      checkReportPeriod(from, to);
      return deps.remember(`tiers:${from}:${to}`, () => tierSales(from, to));
    },
    products({ from, to }: Period): ReportProductsDto {
      checkReportPeriod(from, to);
      return deps.remember(`products:${from}:${to}`, () => products(from, to));
    },
    /** "Overdue" depends on the day too. */
    care({ from, to }: Period): ReportCareDto {
      checkReportPeriod(from, to);
      const today = deps.today();
      return deps.remember(`care:${from}:${to}:${today}`, () => care(from, to, today));
    },
  };
}

export type ReportSectionsService = ReturnType<typeof createReportSectionsService>;
