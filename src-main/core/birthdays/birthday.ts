/** A customer's birthday as staff or a member list give it; the birth year is often unknown. */
export interface Birthday {
  calendar: 'solar' | 'lunar';
  /** Year of birth; for a lunar birthday the lunar year, which may differ from the solar year of birth. */
  year: number | null;
  month: number;
  /** 1..31, or 1..30 for a lunar birthday. */
  day: number;
  /** Born in the leap month (闰月) of that number; meaningful only for a lunar birthday. */
  leapMonth: boolean;
}

/** One celebration of a birthday. */
export interface BirthdayOccurrence {
  /** The solar date it is celebrated on, YYYY-MM-DD. */
  date: string;
  /**
   * The birthday year an offer is sent once for: the solar year for a solar birthday, the lunar
   * year for a lunar one (a 腊月 birthday can be celebrated in January of the next solar year).
   */
  cycleYear: number;
  /** 周岁 in that birthday year, when the birth year is known. */
  age: number | null;
}

const MAX_SOLAR_DAY = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MAX_LUNAR_DAY = 30;

/** Why a stored birthday cannot be celebrated at all (month 13, 4-31, 农历 day 31), or null. */
export function birthdayShapeProblem(b: Birthday): string | null {
  if (b.calendar !== 'solar' && b.calendar !== 'lunar') return `unknown calendar ${JSON.stringify(b.calendar)}`;
  if (b.year !== null && !Number.isInteger(b.year)) return `year ${b.year} is not a whole number`;
  if (!Number.isInteger(b.month) || b.month < 1 || b.month > 12) return `month ${b.month} is not 1..12`;
  const maxDay = b.calendar === 'lunar' ? MAX_LUNAR_DAY : (MAX_SOLAR_DAY[b.month - 1] ?? 0);
  if (!Number.isInteger(b.day) || b.day < 1 || b.day > maxDay) return `day ${b.day} is not 1..${maxDay}`;
  return null;
}

export function assertBirthdayShape(b: Birthday): void {
  const problem = birthdayShapeProblem(b);
  if (problem !== null) throw new RangeError(`Invalid birthday: ${problem}`);
}

export function ageInCycle(b: Birthday, cycleYear: number): number | null {
  return b.year === null ? null : cycleYear - b.year;
}
