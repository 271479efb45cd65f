import type { CareEffectDto, CareEffectRuleDto, MethodParsedInput } from '../../contract';
import { addDays } from '../../core/calendar-dates';
import { effectWindow } from '../../core/care-effect/effect-estimate';
import { CARE_EFFECT_WINDOWS, effectUnits, windowOutcomes, type UnitOrder } from '../../core/care-effect/effect-units';
import type { CareEffectRepo } from '../../db/repos/care-effect-repo';
import { checkReportPeriod } from './report-dashboard-service';

/**
 * 效果评估: per care rule that keeps a 对照组, the customers it gave a task against those it held
 * out, both due in the period, from the rule's first hold-out on (so both come from the same days).
 */
export function createCareEffectService(deps: { repo: CareEffectRepo; survivors: () => ReadonlyMap<number, number>; today: () => string }) {
  return {
    careEffect({ from, to }: MethodParsedInput<'reports.careEffect'>): CareEffectDto {
      checkReportPeriod(from, to);
      const today = deps.today();
      const survivorOf = deps.survivors();
      const longest = Math.max(...CARE_EFFECT_WINDOWS);
      const groups = deps.repo.holdoutRules(from, to).map((rule) => {
        const start = rule.firstHoldoutOn > from ? rule.firstHoldoutOn : from;
        return { rule, ...effectUnits(deps.repo.contacted(rule.ruleId, start, to), deps.repo.heldOut(rule.ruleId, start, to), survivorOf) };
      });
      // One read of the orders from the earliest due date to the end of the longest window (no later than today).
      const ordersOf = new Map<number, UnitOrder[]>();
      let first: string | null = null;
      let last: string | null = null;
      for (const group of groups) {
        for (const units of [group.contacted, group.heldOut]) {
          for (const [customerId, dueOn] of units) {
            ordersOf.set(customerId, []);
            if (first === null || dueOn < first) first = dueOn;
            if (last === null || dueOn > last) last = dueOn;
          }
        }
      }
      if (first !== null && last !== null) {
        const until = addDays(last, longest) < today ? addDays(last, longest) : today;
        deps.repo.eachOrder(`${first} 00:00:00`, `${until} 00:00:00`, (customerId, orderedAt, netFen) => {
          ordersOf.get(survivorOf.get(customerId) ?? customerId)?.push([orderedAt, netFen]);
        });
      }
      const rules = groups.map(
        ({ rule, contacted, heldOut }): CareEffectRuleDto => ({
          ruleId: rule.ruleId,
          ruleName: rule.ruleName,
          ruleKind: rule.ruleKind,
          holdoutPercent: rule.holdoutPercent,
          windows: CARE_EFFECT_WINDOWS.map((days) =>
            effectWindow(days, windowOutcomes(contacted, ordersOf, days, today), windowOutcomes(heldOut, ordersOf, days, today)),
          ),
        }),
      );
      return { from, to, rules };
    },
  };
}

export type CareEffectService = ReturnType<typeof createCareEffectService>;
