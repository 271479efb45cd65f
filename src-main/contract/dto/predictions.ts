/**
 * The models in use: 'ready' with parameters; 'notReady' with what the book still lacks
 * (`missing`, sentences for the owner); 'failed' with `message`; 'computing' while the first
 * computation runs; 'never' before any.
 */
export interface PredictionModelDto {
  status: 'never' | 'computing' | 'notReady' | 'ready' | 'failed';
  /** A computation is running now (a newer one than the model shown may follow). */
  computing: boolean;
  missing: string[];
  message: string | null;
  computedAt: string | null;
  /** The shop date the predictions are as of. */
  asOf: string | null;
  /** The last purchase day the models were fitted to. */
  horizon: string | null;
  /** True when the newest order is more than 14 days older than `asOf`: the predictions run low until the owner imports newer orders. */
  stale: boolean;
  buyers: number;
  /** Customers who bought on 2 or more days. */
  repeaters: number;
  spanDays: number;
  /** BG/NBD (time in days) and Gamma-Gamma parameters; null unless ready (spend null when it could not be fitted). */
  purchase: { r: number; alpha: number; a: number; b: number } | null;
  spend: { p: number; q: number; gamma: number } | null;
  fitMs: number | null;
}

export interface CustomerPredictionDto {
  model: PredictionModelDto;
  /** Null unless the model is ready and the customer has a valid order. */
  prediction: {
    asOf: string;
    /** Purchase days after the first. */
    repeatDays: number;
    /** Null: bought on one day only, the model cannot tell whether they left. */
    pAlive: number | null;
    expectedOrders90: number;
    /** Null when the customer has more likely left than not. */
    nextOrderOn: string | null;
    /** 12 months, fen; null when the spend model could not be fitted. */
    valueFen: number | null;
  } | null;
}

/** The segment page: what the models say about each RFM segment's customers. */
export interface PredictionSegmentsDto {
  model: PredictionModelDto;
  segments: {
    key: string;
    customers: number;
    /** Mean P(alive) of those who bought more than once; null without any. */
    meanPAlive: number | null;
    /** Customers of the segment at 高 流失风险. */
    highRisk: number;
    expectedOrders90: number;
    /** Sum of the predicted 12-month value, fen. */
    valueFen: number;
  }[];
}
