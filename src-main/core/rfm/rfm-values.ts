/**
 * One customer's R, F and M as of a date, over valid orders (paid, net of refunds) in the
 * window: days since the last purchase, number of orders, net amount in fen.
 */
export interface RfmValues {
  customerId: number;
  recencyDays: number;
  frequency: number;
  monetaryFen: number;
}
