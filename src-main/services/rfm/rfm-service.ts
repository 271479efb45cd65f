import { RFM_SEGMENTS, type RfmSegmentKey } from '../../core/rfm/rfm-segments';
import { gridCell, RFM_GRID_NAMES } from '../../core/rfm/rfm-grid';
import { quintileScores } from '../../core/rfm/rfm-scores';
import { segmentCustomers } from '../../core/rfm/rfm-segmentation';
import { quintileCutoffs } from '../../core/rfm/rfm-quintile-cutoffs';
import { segmentQuery } from '../../core/rfm/rfm-segment-query';
import { rfmStats, type RfmStats } from '../../core/rfm/rfm-stats';
import { meanCutoffs, medianCutoffs, suggestedFixedCutoffs, type RfmCutoffs } from '../../core/rfm/rfm-thresholds';
import type { RfmColumns } from '../../core/rfm/rfm-values';
import { windowStart } from '../../core/rfm/rfm-window';
import { addDays, daysInMonth, formatDate, isRealDate } from '../../core/calendar-dates';
import { segmentFlow } from '../../core/rfm/rfm-flow';
import { formatInShopTime } from '../../core/shop-time';
import { rfmSaveInput, type MethodParsedInput, type RfmFlowDto, type RfmGridCellDto, type RfmSegmentsDto, type RfmSettingsDto } from '../../contract';
import type { RfmRepo } from '../../db/repos/rfm-repo';
import type { SettingsRepo } from '../../db/repos/settings-repo';
import { UserFacingError } from '../user-facing-error';

const SETTINGS_KEY = 'rfm';
/** A new book segments all history by fixed values suggested from its own customers. */
const DEFAULT_SETTINGS: RfmSettingsDto = { windowMonths: null, mode: 'fixed', cutoffs: null };

export interface RfmServiceDeps {
  repo: RfmRepo;
  settingsRepo: SettingsRepo;
  now: () => Date;
  timeZone: () => string;
}

function grid(columns: RfmColumns, stats: RfmStats): RfmGridCellDto[] {
  const counts = new Uint32Array(25);
  const { r, f } = quintileScores(columns, stats);
  for (let i = 0; i < columns.size; i++) counts[(r[i]! - 1) * 5 + (f[i]! - 1)]! += 1;
  const cells: RfmGridCellDto[] = [];
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) cells.push({ r, f, name: RFM_GRID_NAMES[gridCell(r, f)], customers: counts[(r - 1) * 5 + (f - 1)]! });
  }
  return cells;
}

/** 客户分层: the 8 segments over the book, with the owner's saved way of cutting them or a draft. */
export function createRfmService(deps: RfmServiceDeps) {
  const today = () => formatInShopTime(deps.now(), deps.timeZone()).slice(0, 10);

  function saved(): RfmSettingsDto {
    const parsed = rfmSaveInput.safeParse(deps.settingsRepo.readAll().get(SETTINGS_KEY));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  }

  /**
   * R, F and M as of `asOf`: the customer rows hold all history; a window or a past date reads
   * the orders. `lifetime`: the figures are the customer list's own, so its filters can show a segment.
   */
  function values(asOf: string, windowMonths: 12 | 24 | null): { columns: RfmColumns; lifetime: boolean } {
    if (windowMonths !== null) return { columns: deps.repo.window(windowStart(asOf, windowMonths), asOf), lifetime: false };
    const last = deps.repo.lastOrderAt();
    if (last === null || last.slice(0, 10) <= asOf) return { columns: deps.repo.lifetime(asOf), lifetime: true };
    return { columns: deps.repo.window('0000-01-01', asOf), lifetime: false };
  }

  return {
    settings: saved,

    segments(input: MethodParsedInput<'rfm.segments'>): RfmSegmentsDto {
      const asOf = input.asOf ?? today();
      if (!isRealDate(asOf)) throw new UserFacingError(`没有 ${asOf} 这一天，请检查日期。`);
      const stored = saved();
      const windowMonths = input.windowMonths === undefined ? stored.windowMonths : input.windowMonths;
      const mode = input.mode ?? stored.mode;
      const { columns: customers, lifetime } = values(asOf, windowMonths);
      const stats = rfmStats(customers);
      const suggested = { fixed: suggestedFixedCutoffs(stats), mean: meanCutoffs(stats), median: medianCutoffs(stats) };
      const fixed: RfmCutoffs = input.cutoffs ?? stored.cutoffs ?? suggested.fixed;
      const result = segmentCustomers(customers, stats, mode, fixed);
      // Quintile scores come down to cut-offs too: shown to the owner, and used for the list's filters.
      const applied = result.cutoffs ?? quintileCutoffs(stats);
      const total = customers.size;
      const isSaved = input.windowMonths === undefined && input.mode === undefined && input.cutoffs === undefined;
      return {
        asOf,
        windowMonths,
        mode,
        cutoffs: applied,
        suggested,
        customers: total,
        segments: RFM_SEGMENTS.map((segment) => {
          const size = result.sizes[segment.key as RfmSegmentKey];
          const query = lifetime && size.customers > 0 ? segmentQuery(segment, applied, asOf) : null;
          return { ...segment, customers: size.customers, monetaryFen: size.monetaryFen, share: total === 0 ? 0 : size.customers / total, query };
        }),
        grid: grid(customers, stats),
        saved: isSaved,
      };
    },

    /**
     * 客户流动: each customer's segment at the end of the month before against the end of `month`
     * (today while it runs), both the saved way; 固定值 with the same cut-offs on both dates, so a
     * move is the customer's own and not the cut-offs'.
     */
    flow(input: MethodParsedInput<'rfm.flow'>): RfmFlowDto {
      const now = today();
      const month = input.month ?? now.slice(0, 7);
      if (month > now.slice(0, 7)) throw new UserFacingError(`${month} 还没到，只能看已经开始的月份。`);
      const [year, monthNo] = month.split('-').map(Number) as [number, number];
      const from = addDays(formatDate(year, monthNo, 1), -1);
      const to = month === now.slice(0, 7) ? now : formatDate(year, monthNo, daysInMonth(year, monthNo));
      const stored = saved();
      const at = (asOf: string, fixed?: RfmCutoffs) => {
        const { columns } = values(asOf, stored.windowMonths);
        const stats = rfmStats(columns);
        const cutoffs = fixed ?? stored.cutoffs ?? suggestedFixedCutoffs(stats);
        return { columns, segments: segmentCustomers(columns, stats, stored.mode, cutoffs).segments, cutoffs };
      };
      const end = at(to);
      const start = at(from, end.cutoffs);
      const keyOf = (index: number, outside: string) => (index < 0 ? outside : RFM_SEGMENTS[index]!.key);
      const cells = segmentFlow(start, end).map((cell) => ({ from: keyOf(cell.from, 'new'), to: keyOf(cell.to, 'gone'), customers: cell.customers }));
      const moved = cells.filter((cell) => cell.from !== cell.to).reduce((sum, cell) => sum + cell.customers, 0);
      return { month, from, to, cells, moved, customers: end.columns.size };
    },

    /** The customers of one segment today, the saved way, and the date they were segmented on. */
    members(key: RfmSegmentKey): { asOf: string; customerIds: number[] } {
      const asOf = today();
      const stored = saved();
      const { columns } = values(asOf, stored.windowMonths);
      const stats = rfmStats(columns);
      const { segments } = segmentCustomers(columns, stats, stored.mode, stored.cutoffs ?? suggestedFixedCutoffs(stats));
      const index = RFM_SEGMENTS.findIndex((segment) => segment.key === key);
      const customerIds: number[] = [];
      for (let i = 0; i < columns.size; i++) if (segments[i] === index) customerIds.push(columns.customerIds[i]!);
      return { asOf, customerIds };
    },

    /**
     * Every customer's segment for the same input as segments() (index into RFM_SEGMENTS), in one
     * segmentation pass: for pages that add other figures up by segment (the predictions).
     */
    membership(input: MethodParsedInput<'rfm.segments'>): { asOf: string; customerIds: Float64Array; segments: Uint8Array; size: number } {
      const asOf = input.asOf ?? today();
      if (!isRealDate(asOf)) throw new UserFacingError(`没有 ${asOf} 这一天，请检查日期。`);
      const stored = saved();
      const windowMonths = input.windowMonths === undefined ? stored.windowMonths : input.windowMonths;
      const { columns } = values(asOf, windowMonths);
      const stats = rfmStats(columns);
      const fixed = input.cutoffs ?? stored.cutoffs ?? suggestedFixedCutoffs(stats);
      const { segments } = segmentCustomers(columns, stats, input.mode ?? stored.mode, fixed);
      return { asOf, customerIds: columns.customerIds, segments, size: columns.size };
    },

    save(input: MethodParsedInput<'rfm.save'>): RfmSettingsDto {
      deps.settingsRepo.write({ [SETTINGS_KEY]: input }, deps.now().toISOString());
      return saved();
    },
  };
}

export type RfmService = ReturnType<typeof createRfmService>;
