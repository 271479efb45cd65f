/** An estimate with its 95% confidence interval. */
export interface EstimateDto {
  value: number;
  low: number;
  high: number;
}

/** One group of one window: customers whose task (or hold-out) was due long enough ago. */
export interface EffectGroupDto {
  customers: number;
  /** Bought again (a valid order) within the window after the due date. */
  repurchased: number;
  /** Null without customers. */
  rate: number | null;
  /** Mean net spend within the window, fen; null without customers. */
  revenuePerCustomerFen: number | null;
}

export interface EffectWindowDto {
  days: 30 | 60 | 90;
  contacted: EffectGroupDto;
  heldOut: EffectGroupDto;
  /** Contacted minus held out; null when the sample is too small to tell. */
  rateDifference: EstimateDto | null;
  revenueDifferenceFen: EstimateDto | null;
  /** tooSmall: not enough customers yet; better / worse: the interval of the rate difference excludes 0; unclear: it includes 0. */
  verdict: 'tooSmall' | 'better' | 'worse' | 'unclear';
  /** The verdict in a sentence for the owner. */
  summary: string;
}

export interface CareEffectRuleDto {
  ruleId: number | null;
  ruleName: string;
  ruleKind: string;
  /** The rule's hold-out share now (0: off; older hold-outs still count). */
  holdoutPercent: number;
  windows: EffectWindowDto[];
}

export interface CareEffectDto {
  from: string;
  to: string;
  /** The rules with a hold-out group in the period. */
  rules: CareEffectRuleDto[];
}
