import type { StaffFollowUpFiguresRowDto } from './follow-ups';

/** The headline figures of a period, over valid orders (paid, shipped or completed) by order date. */
export interface ReportFiguresDto {
  from: string;
  to: string;
  /** Paid minus refunded, fen. */
  salesFen: number;
  orders: number;
  buyers: number;
  /** Buyers whose first valid order ever is in the period. */
  newBuyers: number;
  /** Buyers who had bought before the period. */
  returningBuyers: number;
  /** 复购率: buyers with 2+ orders in the period ÷ buyers; null without buyers. */
  repeatRate: number | null;
  /** 客单价: sales ÷ orders, fen rounded; null without orders. */
  averageOrderFen: number | null;
  refundFen: number;
  refundedOrders: number;
}

/** A headline figure as shown: its value and its change against the period before, in words. */
export interface ReportHeadlineDto {
  key: string;
  label: string;
  value: string;
  /** Against the period before: 较上期 +12.3%, 较上期 持平, or why there is nothing to compare. */
  change: string;
  /** Up is good for every headline but refunds. */
  tone: 'up' | 'down' | 'flat';
}

export interface ReportDashboardDto {
  period: ReportFiguresDto;
  /** The same number of days right before the period. */
  previous: ReportFiguresDto;
  headlines: ReportHeadlineDto[];
}

/** One member tier's part of a period's sales; the tier is the buyer's tier today. */
export interface TierSalesRowDto {
  /** null: 店铺客户 (no tier). */
  tierId: number | null;
  tierName: string;
  buyers: number;
  orders: number;
  salesFen: number;
  /** Of the period's sales; null when there were none. */
  share: number | null;
}

export interface ReportTiersDto {
  from: string;
  to: string;
  /** Highest tier first, 店铺客户 last; tiers without a buyer in the period too. */
  rows: TierSalesRowDto[];
}

/** One product (宝贝, by its title) over the valid orders of a period. */
export interface ProductFiguresDto {
  title: string;
  quantity: number;
  orders: number;
  buyers: number;
  /** Line amounts paid minus refunded, fen. */
  salesFen: number;
  /** Buyers of the period who bought it in another order too (before or during the period). */
  repeatBuyers: number;
  /** repeatBuyers ÷ buyers. */
  repeatRate: number | null;
}

export interface ReportProductsDto {
  from: string;
  to: string;
  /** Best sellers by sales. */
  top: ProductFiguresDto[];
  /** Most often bought again, by repeat buyers (products nobody bought again are left out). */
  rebought: ProductFiguresDto[];
}

/** Customers with a follow-up task due in the period, and how many of them bought again. */
export interface FollowUpEffectGroupDto {
  customers: number;
  /** Placed a valid order within 30 days (after the task was done; after its due day when it was not). */
  repurchased: number;
  rate: number | null;
}

export interface ReportCareDto {
  from: string;
  to: string;
  /** Per staff member, as 客服工作量 shows it. */
  staff: StaffFollowUpFiguresRowDto[];
  effect: {
    windowDays: number;
    /** At least one of their tasks was done. */
    followed: FollowUpEffectGroupDto;
    /** Every one of their tasks was skipped or is still open. */
    notFollowed: FollowUpEffectGroupDto;
  };
  /** Birthday offers marked as sent for birthdays in the period, by who sent them. */
  birthdayOffers: { sent: number; byStaff: { staffName: string | null; sent: number }[] };
}
