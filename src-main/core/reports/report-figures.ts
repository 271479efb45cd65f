/** What the database counts for a period; the rates are worked out from it. */
export interface PeriodTotals {
  salesFen: number;
  orders: number;
  buyers: number;
  repeatBuyers: number;
  newBuyers: number;
  refundFen: number;
  refundedOrders: number;
}

export interface PeriodFigures extends Omit<PeriodTotals, 'repeatBuyers'> {
  returningBuyers: number;
  repeatRate: number | null;
  averageOrderFen: number | null;
}

/**
 * 复购率 as Taobao's 生意参谋 counts it within a period (buyers with two or more orders ÷ all
 * buyers), 客单价 as sales per order, rounded to the fen; neither is a number without buyers.
 */
export function periodFigures(totals: PeriodTotals): PeriodFigures {
  const { repeatBuyers, ...rest } = totals;
  return {
    ...rest,
    returningBuyers: totals.buyers - totals.newBuyers,
    repeatRate: totals.buyers === 0 ? null : repeatBuyers / totals.buyers,
    averageOrderFen: totals.orders === 0 ? null : Math.round(totals.salesFen / totals.orders),
  };
}
