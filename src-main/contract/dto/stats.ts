/** Headline figures of the book (`zhanggui stats --json`). */
export interface BookStatsDto {
  customers: number;
  orders: number;
  orderLines: number;
  ordersByStatus: { unpaid: number; paid: number; shipped: number; completed: number; closed: number; other: number };
  /** Σ over paid, shipped and completed orders of (buyer's actual payment − refunded amount), in fen. */
  netSalesFen: number;
}
