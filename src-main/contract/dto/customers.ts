export interface CustomerListItemDto {
  id: number;
  /** Buyer account (买家会员名); null when the platform gives none or it is masked. */
  buyerNick: string | null;
  receiverName: string | null;
  /** Phone as stored; masked forms like 138****1234 stay masked. */
  phone: string | null;
  province: string | null;
  city: string | null;
  /** Valid (paid, not fully refunded) orders. */
  orderCount: number;
  /** Paid minus refunded, in fen. */
  netSpentFen: number;
  /** Net spent per valid order, in fen, rounded; null without valid orders. */
  averageOrderFen: number | null;
  /** 'YYYY-MM-DD HH:mm:ss' in the shop's time zone. */
  firstOrderAt: string | null;
  lastOrderAt: string | null;
  /** Member tier; null: 店铺客户. */
  tierName: string | null;
  /** 活跃概率 by the predictions, 0–1; null while the models are not ready or for a one-day buyer. */
  pAlive: number | null;
}

export interface PageDto<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CustomerPageDto extends PageDto<CustomerListItemDto> {
  /**
   * A search matched too many customers to list (the first letter or two of a nick): only the
   * first `total` in the chosen order are listed; typing more narrows it down.
   */
  totalCapped: boolean;
}
