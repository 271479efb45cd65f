import type { BirthdayDto } from './customer-detail';

export interface UpcomingBirthdayDto {
  customerId: number;
  buyerNick: string | null;
  receiverName: string | null;
  phone: string | null;
  birthday: BirthdayDto;
  /** As people say it: 农历八月十五, 1990年8月15日. */
  birthdayText: string;
  /** The solar date it is celebrated on in this window. */
  date: string;
  /** Days from the shop's today (negative for a window the owner started in the past). */
  daysUntil: number;
  /** 周岁 on that day, when the birth year is known. */
  age: number | null;
  /** Solar year, or lunar year for a lunar birthday: an offer goes out once per cycle year. */
  cycleYear: number;
  tierName: string;
  /** The tier's birthday message with this customer's values filled in, ready to paste. */
  message: string;
  sent: { sentAt: string; staffName: string | null } | null;
}

export interface UpcomingBirthdaysDto {
  from: string;
  to: string;
  items: UpcomingBirthdayDto[];
  /** Blacklisted or do-not-disturb customers with a birthday in the window: not listed, counted. */
  leftOut: number;
}

export interface MemberListInspectionDto {
  fileName: string;
  header: string[];
  /** The first rows, as text, for the mapping step. */
  sample: string[][];
  rowCount: number;
  /** Columns guessed from the header; null where nothing fits. */
  guess: { nickColumn: number | null; phoneColumn: number | null; birthdayColumn: number | null };
}

export interface MemberListProblemDto {
  line: number;
  column: string;
  message: string;
}

export interface MemberListImportDto {
  rows: number;
  /** Birthdays written (or, in a preview, that would be). */
  set: number;
  /** Already the same birthday. */
  unchanged: number;
  /** The customer has another birthday already; kept (without overwrite). */
  kept: number;
  /** No customer with this nick or phone. */
  notFound: number;
  /** The phone belongs to several customers: skipped, listed as a problem. */
  ambiguous: number;
  /** The first 500 rows not used and why; `problemCount` says how many there were. */
  problems: MemberListProblemDto[];
  problemCount: number;
  committed: boolean;
}
