import { SEGMENT_TASKS_MAX, type MethodParsedInput, type RfmTasksCreatedDto } from '../../contract';
import { RFM_SEGMENTS } from '../../core/rfm/rfm-segments';
import { createAssigner } from '../../core/follow-ups/task-assignment';
import type { FollowUpCampaignsRepo } from '../../db/repos/follow-up-campaigns-repo';
import { UserFacingError } from '../user-facing-error';
import type { RfmService } from './rfm-service';

export interface SegmentTasksDeps {
  rfm: Pick<RfmService, 'members'>;
  repo: FollowUpCampaignsRepo;
  staffActive: (id: number) => number | undefined;
  inTransaction<T>(work: () => T): T;
  now: () => Date;
}

/** A campaign assigns like a rule set to 客户负责人: the customer's own 客服, else turns. */
const CAMPAIGN_ASSIGNMENT = { id: 0, assignMode: 'owner', assignStaffId: null } as const;

/**
 * 建跟进任务 for a segment of 客户分层: one task per customer of the segment today, due today, with
 * the owner's message; blacklisted and do-not-disturb customers get none. All or nothing.
 */
export function createSegmentTasksService(deps: SegmentTasksDeps) {
  return {
    create(input: MethodParsedInput<'rfm.createTasks'>): RfmTasksCreatedDto {
      if (input.staffId !== null && deps.staffActive(input.staffId) !== 1) throw new UserFacingError('这位客服已停用或不存在，请在顶部重新选择你是谁。');
      const segment = RFM_SEGMENTS.find((s) => s.key === input.segmentKey)!;
      const { asOf, customerIds } = deps.rfm.members(segment.key);
      if (customerIds.length === 0) throw new UserFacingError(`「${segment.name}」现在没有客户，没有可建的任务。`);
      const customers = deps.repo.customers(customerIds);
      const reachable = customers.filter((c) => !c.blocked);
      if (reachable.length === 0) throw new UserFacingError(`「${segment.name}」的 ${customers.length} 位客户都在黑名单或免打扰中，没有建任务。`);
      if (reachable.length > SEGMENT_TASKS_MAX) {
        throw new UserFacingError(`「${segment.name}」有 ${reachable.length} 位客户，一次最多建 ${SEGMENT_TASKS_MAX} 个任务；请先调整分层的分界值，把这一类缩小一些。`);
      }
      const assigner = createAssigner(deps.repo.activeStaffIds(), new Map());
      const tasks = reachable.map((c) => ({ customerId: c.customerId, assigneeId: assigner.assign(CAMPAIGN_ASSIGNMENT, c.ownerStaffId) }));
      const at = deps.now().toISOString();
      const campaignId = deps.inTransaction(() =>
        deps.repo.insert({ name: input.name, source: segment.key, template: input.template, reason: `客户分层：${segment.name}（${asOf}）`, dueOn: asOf, createdBy: input.staffId, at }, tasks),
      );
      return { campaignId, created: tasks.length, leftOut: customers.length - reachable.length };
    },
  };
}

export type SegmentTasksService = ReturnType<typeof createSegmentTasksService>;
