/** A customer's staff-typed fields, as a merge sees them. */
export interface MergeableFields {
  notes: string | null;
  birthdayCalendar: string | null;
  birthdayYear: number | null;
  birthdayMonth: number | null;
  birthdayDay: number | null;
  birthdayLeapMonth: number;
  blacklisted: number;
  blacklistReason: string | null;
  doNotDisturb: number;
  assignedStaffId: number | null;
}

/**
 * What the kept customer carries after absorbing the merged one: nothing staff wrote is lost.
 * Notes are joined; a birthday, blacklist reason or assignee the kept one lacks comes over; a
 * blacklist or do-not-disturb on either applies (the cautious choice).
 */
export function mergeFields(kept: MergeableFields, merged: MergeableFields, mergedLabel: string): MergeableFields {
  const notes = kept.notes && merged.notes ? `${kept.notes}\n（合并自 ${mergedLabel}）${merged.notes}` : (kept.notes ?? merged.notes);
  const birthday = kept.birthdayMonth !== null ? kept : merged;
  return {
    notes,
    birthdayCalendar: birthday.birthdayCalendar,
    birthdayYear: birthday.birthdayYear,
    birthdayMonth: birthday.birthdayMonth,
    birthdayDay: birthday.birthdayDay,
    birthdayLeapMonth: birthday.birthdayLeapMonth,
    blacklisted: kept.blacklisted || merged.blacklisted ? 1 : 0,
    blacklistReason: kept.blacklistReason ?? merged.blacklistReason,
    doNotDisturb: kept.doNotDisturb || merged.doNotDisturb ? 1 : 0,
    assignedStaffId: kept.assignedStaffId ?? merged.assignedStaffId,
  };
}

/**
 * The kept customer's fields after undoing a merge: each field the merge changed goes back to
 * what it was, unless staff have changed it since (then their later edit stays).
 */
export function unmergeFields(current: MergeableFields, before: MergeableFields, afterMerge: MergeableFields): MergeableFields {
  const restored = { ...current } as Record<keyof MergeableFields, unknown>;
  for (const key of Object.keys(before) as (keyof MergeableFields)[]) {
    if (current[key] === afterMerge[key]) restored[key] = before[key];
  }
  return restored as unknown as MergeableFields;
}
