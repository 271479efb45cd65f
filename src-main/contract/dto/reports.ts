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

export interface ReportDashboardDto {
  period: ReportFiguresDto;
  /** The same number of days right before the period. */
  previous: ReportFiguresDto;
}
