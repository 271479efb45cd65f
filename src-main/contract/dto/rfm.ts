import type { RfmThresholdModeName } from '../rfm';

export interface RfmCutoffsDto {
  /** 近: bought within this many days. */
  recentWithinDays: number;
  /** 高 F: from this many orders. */
  frequentFrom: number;
  /** 高 M: from this amount (fen). */
  valuableFromFen: number;
}

export interface RfmSegmentDto {
  key: string;
  name: string;
  recent: boolean;
  frequent: boolean;
  valuable: boolean;
  action: string;
  customers: number;
  monetaryFen: number;
  /** Of all the customers segmented, 0..1. */
  share: number;
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
  /** The cut-offs applied (null for 五分位打分, where 高 is a score from 4). */
  cutoffs: RfmCutoffsDto | null;
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
