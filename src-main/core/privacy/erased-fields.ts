import type { MergeableFields } from '../customers/merge-fields';

/**
 * A customer's staff-typed fields as a merge record keeps them once the customer is erased: what
 * staff wrote about the person (notes, birthday, blacklist reason, who looked after them) goes;
 * the blacklist and 免打扰 flags stay, so undoing the merge restores no personal data.
 */
export function erasedStaffFields(fields: MergeableFields): MergeableFields {
  return {
    ...fields,
    notes: null,
    birthdayCalendar: null,
    birthdayYear: null,
    birthdayMonth: null,
    birthdayDay: null,
    birthdayLeapMonth: 0,
    blacklistReason: null,
    assignedStaffId: null,
  };
}

/** `text` with every one of the person's values (from scrubbableValues) replaced by ***. */
export function scrubText(text: string, values: readonly string[]): string {
  let scrubbed = text;
  for (const value of values) scrubbed = scrubbed.replaceAll(value, '***');
  return scrubbed;
}

/**
 * The person's values worth searching free text for: long enough that replacing them cannot
 * wreck unrelated text (a one-character surname would), each once.
 */
export function scrubbableValues(values: readonly (string | null)[]): string[] {
  const kept = new Set<string>();
  for (const value of values) {
    const trimmed = value?.trim();
    if (trimmed && [...trimmed].length >= 2) kept.add(trimmed);
  }
  // Longest first: an address is replaced before the name inside it.
  return [...kept].sort((a, b) => b.length - a.length);
}
