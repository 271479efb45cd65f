import type { CustomersQuery } from '../customers-query';
import type { RfmSegmentKeyName, RfmThresholdModeName } from '../rfm';

export interface RfmCutoffsDto {
  /** 近: bought within this many days. */
  recentWithinDays: number;
  /** 高 F: from this many orders. */
  frequentFrom: number;
  /** 高 M: from this amount (fen). */
  valuableFromFen: number;
}

export interface RfmSegmentDto {
  key: RfmSegmentKeyName;
  name: string;
  recent: boolean;
  frequent: boolean;
  valuable: boolean;
  action: string;
  customers: number;
  monetaryFen: number;
  /** Of all the customers segmented, 0..1. */
  share: number;
  /**
   * The customer list's filters that show exactly this segment (查看客户, export, bulk actions);
   * null for a window or a past date (the list filters on lifetime figures) or an empty segment.
   */
  query: CustomersQuery | null;
}

export interface RfmGridCellDto {
  /** Quintile scores, 5 best (most recent / most orders). */
  r: number;
  f: number;
  name: string;
  customers: number;
}

export interface RfmSegmentsDto {
  asOf: string;
  windowMonths: 12 | 24 | null;
  mode: RfmThresholdModeName;
  /** The cut-offs applied; for 五分位打分, what a score from 4 amounts to. */
  cutoffs: RfmCutoffsDto;
  /** What each mode would use on these customers: the owner compares before choosing. */
  suggested: { fixed: RfmCutoffsDto; mean: RfmCutoffsDto; median: RfmCutoffsDto };
  /** Customers with a valid order in the window. */
  customers: number;
  segments: RfmSegmentDto[];
  /** The 5×5 R×F grid, 25 cells. */
  grid: RfmGridCellDto[];
  /** True when these are the saved settings (not a draft being tried). */
  saved: boolean;
}

export interface RfmSettingsDto {
  windowMonths: 12 | 24 | null;
  mode: RfmThresholdModeName;
  cutoffs: RfmCutoffsDto | null;
}

export interface RfmFlowDto {
  month: string;
  /** The shop dates compared: the last day of the month before, and the last day of `month` (or today). */
  from: string;
  to: string;
  /** Segment keys, or 'new' (no valid order at the start) and 'gone' (out of the window at the end). */
  cells: { from: string; to: string; customers: number }[];
  /** Customers whose segment changed (new and gone included). */
  moved: number;
  customers: number;
}

export interface RfmTasksCreatedDto {
  campaignId: number;
  /** Tasks made, one per customer. */
  created: number;
  /** Blacklisted or do-not-disturb customers of the segment: no task. */
  leftOut: number;
}
