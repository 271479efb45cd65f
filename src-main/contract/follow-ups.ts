import { z } from 'zod';

/** The tasks of a section sent at first, and at most: a screen no one scrolls past is not worth reading. */
export const FOLLOW_UP_LIST_PAGE = 100;
export const FOLLOW_UP_LIST_MAX = 1000;

const id = z.int().positive();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期要写成 2026-09-25 这样' });
const note = (label: string, max: number) => z.string().trim().max(max, { error: `${label}最多 ${max} 个字` });
/** Who is acting (我是); null when the owner acts, or no staff are set up. */
const actor = id.nullable().default(null);

export const followUpsListInput = z.strictObject({
  /** The shop's date the list is for; default today. */
  date: day.optional(),
  /** Whose list: this staff member's tasks and the unassigned ones; absent: everyone's. */
  staffId: id.optional(),
  /** How many tasks of each section to send; the totals say how many there are (显示更多 asks for more). */
  limit: z
    .int()
    .min(1, { error: '每组至少显示 1 个任务' })
    .max(FOLLOW_UP_LIST_MAX, { error: `每组最多显示 ${FOLLOW_UP_LIST_MAX} 个任务` })
    .default(FOLLOW_UP_LIST_PAGE),
});

export const followUpsGenerateInput = z.strictObject({ date: day.optional() });

export const followUpStartInput = z.strictObject({ taskId: id, staffId: actor });

export const followUpCompleteInput = z.strictObject({
  /** One task, or several (批量完成) with the same note and score. */
  taskIds: z.array(id).min(1, { error: '请至少选择一个任务' }).max(500, { error: '一次最多完成 500 个任务' }),
  staffId: actor,
  /** What the customer said. */
  note: note('沟通记录', 500).default(''),
  satisfaction: z.int().min(1, { error: '满意度是 1 到 5 分' }).max(5, { error: '满意度是 1 到 5 分' }).nullable().default(null),
  /** The customer had a problem: logs a complaint, which the 投诉/差评处理 rule turns into a task. */
  hadProblem: z.boolean().default(false),
});

export const followUpSkipInput = z.strictObject({
  taskId: id,
  staffId: actor,
  reason: note('跳过原因', 200).min(1, { error: '请写一下为什么跳过' }),
});

export const followUpSnoozeInput = z.strictObject({ taskId: id, staffId: actor, until: day });

export const followUpReassignInput = z.strictObject({
  taskIds: z.array(id).min(1, { error: '请至少选择一个任务' }).max(500, { error: '一次最多改派 500 个任务' }),
  staffId: actor,
  assigneeId: id,
});

export const followUpHistoryInput = z.strictObject({ customerId: id });

export const followUpFiguresInput = z
  .strictObject({ from: day, to: day })
  .refine((range) => range.from <= range.to, { error: '开始日期不能晚于结束日期', path: ['to'] });

export const complaintLogInput = z.strictObject({
  customerId: id,
  orderId: id.nullable().default(null),
  staffId: actor,
  note: note('投诉内容', 500).min(1, { error: '请写一下客户投诉了什么' }),
});

export const staffUpdateInput = z.strictObject({
  id,
  name: z.string().trim().min(1, { error: '名字不能为空' }).max(20, { error: '名字最多 20 个字' }).optional(),
  /** A deactivated staff member keeps their history and gets no new tasks. */
  active: z.boolean().optional(),
});
