import type { CareRuleInput, CareRulePreviewDto, CareRuleSavedDto, CareRulesDto, MethodParsedInput } from '../../contract';
import { DEFAULT_CARE_RULES } from '../../core/follow-ups/default-care-rules';
import type { CareRulesRepo } from '../../db/repos/care-rules-repo';
import { UserFacingError } from '../user-facing-error';
import type { FollowUpGenerator } from './follow-up-generator';

export interface CareRulesServiceDeps {
  repo: CareRulesRepo;
  /** A function: the generator is built after this service (it reads the rules this one saves). */
  generator: () => FollowUpGenerator;
  /** 1 active, 0 inactive, undefined unknown. */
  staffActive: (id: number) => number | undefined;
  tierExists: (id: number) => boolean;
  shopExists: (id: number) => boolean;
  now: () => Date;
}

const UNKNOWN_RULE = '没有这条规则，可能已被删除，请刷新页面。';

/** The care rules (关怀规则) the owner edits; saving one generates its tasks right away. */
export function createCareRulesService(deps: CareRulesServiceDeps) {
  /** The rule as stored: a staff member only when the rule assigns to one. */
  function checked(input: CareRuleInput): Omit<CareRuleInput, 'id'> {
    const { id: _id, ...rule } = input;
    const assignStaffId = rule.assignMode === 'staff' ? rule.assignStaffId : null;
    if (assignStaffId !== null) {
      const active = deps.staffActive(assignStaffId);
      if (active === undefined) throw new UserFacingError('没有这位客服，请刷新页面后重新选择。');
      if (active !== 1) throw new UserFacingError('这位客服已停用，不能再分配任务，请换一位客服。');
    }
    // 0 stands for 店铺客户 (no tier).
    if ((rule.filters.tierIds ?? []).some((tierId) => tierId !== 0 && !deps.tierExists(tierId))) {
      throw new UserFacingError('所选的会员等级已不存在，请刷新页面后重新选择。');
    }
    if ((rule.filters.shopIds ?? []).some((shopId) => !deps.shopExists(shopId))) {
      throw new UserFacingError('所选的店铺已不存在，请刷新页面后重新选择。');
    }
    return { ...rule, assignStaffId };
  }

  return {
    /** A new book starts with DEFAULT_CARE_RULES; an owner who deleted some keeps their choice. */
    ensureDefaults(): void {
      if (!deps.repo.isEmpty()) return;
      const now = deps.now().toISOString();
      for (const rule of DEFAULT_CARE_RULES) deps.repo.insert(rule, now);
    },
    list(): CareRulesDto {
      return { rules: deps.repo.list() };
    },
    save(input: MethodParsedInput<'careRules.save'>): CareRuleSavedDto {
      const rule = checked(input);
      const now = deps.now().toISOString();
      let id: number;
      if (input.id === undefined) {
        id = deps.repo.insert(rule, now);
      } else {
        if (!deps.repo.update(input.id, rule, now)) throw new UserFacingError(UNKNOWN_RULE);
        id = input.id;
      }
      const saved = deps.repo.get(id);
      if (!saved) throw new UserFacingError(UNKNOWN_RULE);
      const generator = deps.generator();
      return { rule: saved, created: generator.generate(generator.today(), 'rule') };
    },
    preview(input: MethodParsedInput<'careRules.preview'>): CareRulePreviewDto {
      if (input.id !== undefined && !deps.repo.get(input.id)) throw new UserFacingError(UNKNOWN_RULE);
      const generator = deps.generator();
      return generator.preview({ ...input, ...checked(input) }, generator.today());
    },
    remove(input: MethodParsedInput<'careRules.delete'>): { deleted: boolean } {
      if (!deps.repo.remove(input.id)) throw new UserFacingError(UNKNOWN_RULE);
      return { deleted: true };
    },
  };
}

export type CareRulesService = ReturnType<typeof createCareRulesService>;
