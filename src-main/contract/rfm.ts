import { z } from 'zod';

export const RFM_THRESHOLD_MODES = ['fixed', 'mean', 'median', 'quintile'] as const;
export type RfmThresholdModeName = (typeof RFM_THRESHOLD_MODES)[number];

export const RFM_THRESHOLD_MODE_NAMES: Readonly<Record<RfmThresholdModeName, string>> = {
  fixed: '固定值',
  mean: '平均值',
  median: '中位数',
  quintile: '五分位打分',
};

/** The window of orders R, F and M are counted over: all history, or the last 12 or 24 months. */
export const RFM_WINDOWS = [null, 12, 24] as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期要写成 2026-09-25 这样' });
const windowMonths = z.union([z.null(), z.literal(12), z.literal(24)], { error: '统计范围只能是全部、近 12 个月或近 24 个月' });
const mode = z.enum(RFM_THRESHOLD_MODES, { error: '分层方式只能是固定值、平均值、中位数或五分位打分' });

export const rfmCutoffsInput = z.strictObject({
  recentWithinDays: z.int({ error: '最近购买天数要是整数' }).min(1, { error: '最近购买至少 1 天' }).max(3650, { error: '最近购买最多 3650 天' }),
  frequentFrom: z.int({ error: '购买次数要是整数' }).min(1, { error: '购买次数至少 1 次' }).max(10_000, { error: '购买次数最多 10000 次' }),
  valuableFromFen: z.int({ error: '消费金额要精确到分' }).min(0, { error: '消费金额不能是负数' }).max(100_000_000_00, { error: '消费金额太大了' }),
});

/** What the segment page asks: the saved way when fields are absent, or a draft being edited (live sizes). */
export const rfmSegmentsInput = z.strictObject({
  /** The shop date R is counted to; default today. */
  asOf: day.optional(),
  windowMonths: windowMonths.optional(),
  mode: mode.optional(),
  /** For 固定值: the cut-offs being tried; absent: the saved ones, or those suggested from the data. */
  cutoffs: rfmCutoffsInput.optional(),
});

export const rfmSaveInput = z
  .strictObject({ windowMonths, mode, cutoffs: rfmCutoffsInput.nullable().default(null) })
  .refine((input) => input.mode !== 'fixed' || input.cutoffs !== null, { error: '固定值需要填写三个分界值', path: ['cutoffs'] });

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份要写成 2026-11 这样' });

/** 客户流动: from the end of the month before `month` to the end of `month` (today for the current month). */
export const rfmFlowInput = z.strictObject({ month: month.optional() });

export const RFM_SEGMENT_KEYS = [
  'importantValue',
  'importantDevelop',
  'importantKeep',
  'importantRetain',
  'generalValue',
  'generalDevelop',
  'generalKeep',
  'generalRetain',
] as const;

export type RfmSegmentKeyName = (typeof RFM_SEGMENT_KEYS)[number];

/** The most tasks one 建跟进任务 makes: more than a shop's staff could work through. */
export const SEGMENT_TASKS_MAX = 5000;

/** 建跟进任务 for a segment, as 客户分层 shows it now (the saved way): one task per customer, due today. */
export const rfmCreateTasksInput = z.strictObject({
  segmentKey: z.enum(RFM_SEGMENT_KEYS, { error: '不认识的客户类型' }),
  name: z.string().trim().min(1, { error: '任务名称不能为空' }).max(20, { error: '任务名称最多 20 个字' }),
  template: z.string().trim().min(1, { error: '话术不能为空' }).max(500, { error: '话术最多 500 个字' }),
  /** Who is acting (我是); null: the owner. */
  staffId: z.int().positive().nullable().default(null),
});
