import { NON_MEMBER_TIER_NAME, type MethodParsedInput, type UpcomingBirthdayDto, type UpcomingBirthdaysDto } from '../../contract';
import type { Birthday } from '../../core/birthdays/birthday';
import { formatBirthdayText } from '../../core/birthdays/birthday-text';
import { birthdayWindow } from '../../core/birthdays/birthday-window';
import { daysBetween, isRealDate } from '../../core/calendar-dates';
import { formatInShopTime } from '../../core/shop-time';
import { renderTemplate } from '../../core/tiers/message-template';
import { DEFAULT_BIRTHDAY_TEMPLATE } from '../../core/tiers/tier-definition';
import type { BirthdaysRepo, SentOffer } from '../../db/repos/birthdays-repo';
import type { StoredTier } from '../../db/repos/tiers-repo';
import { UserFacingError } from '../user-facing-error';

export interface BirthdaysServiceDeps {
  repo: BirthdaysRepo;
  tiers: () => readonly StoredTier[];
  nonMemberOffer: () => { birthdayOffer: string; birthdayTemplate: string };
  shopName: () => string;
  /** 1 active, 0 inactive, undefined unknown. */
  staffActive: (id: number) => number | undefined;
  customerExists: (id: number) => boolean;
  inTransaction<T>(work: () => T): T;
  now: () => Date;
  timeZone: () => string;
}

/** Upcoming birthdays (solar and lunar on their solar dates) with ready messages, and "sent" marks. */
export function createBirthdaysService(deps: BirthdaysServiceDeps) {
  const today = () => formatInShopTime(deps.now(), deps.timeZone()).slice(0, 10);
  return {
    upcoming(input: MethodParsedInput<'birthdays.upcoming'>): UpcomingBirthdaysDto {
      const shopToday = today();
      const from = input.from ?? shopToday;
      // The contract checks the shape only: 2026-02-30 would otherwise be an internal error.
      if (!isRealDate(from)) throw new UserFacingError(`没有 ${from} 这一天，请检查日期。`);
      const window = birthdayWindow(from, input.days);
      const tiers = new Map(deps.tiers().map((t) => [t.id, t]));
      const nonMember = deps.nonMemberOffer();
      // A message to a buyer reads naturally without a shop name too: 本店为VIP会员准备了….
      const shopName = deps.shopName().trim() || '本店';
      let leftOut = 0;
      const found: Omit<UpcomingBirthdayDto, 'sent'>[] = [];
      for (const c of deps.repo.candidates(window.solarMonths, window.lunarMonths)) {
        const birthday: Birthday = { calendar: c.calendar, year: c.year, month: c.month, day: c.day, leapMonth: c.leapMonth === 1 };
        const occurrence = window.match(birthday);
        if (!occurrence) continue;
        if (c.blacklisted === 1 || c.doNotDisturb === 1) {
          leftOut += 1;
          continue;
        }
        const tier = c.tierId === null ? undefined : tiers.get(c.tierId);
        const offer = tier ?? nonMember;
        const birthdayText = formatBirthdayText(birthday);
        const tierName = tier?.name ?? NON_MEMBER_TIER_NAME;
        found.push({
          customerId: c.id,
          buyerNick: c.buyerNick,
          receiverName: c.receiverName,
          phone: c.phone,
          birthday,
          birthdayText,
          date: occurrence.date,
          daysUntil: daysBetween(shopToday, occurrence.date),
          age: occurrence.age,
          cycleYear: occurrence.cycleYear,
          tierName,
          message: renderTemplate(offer.birthdayTemplate.trim() || DEFAULT_BIRTHDAY_TEMPLATE, {
            昵称: c.buyerNick ?? c.receiverName ?? '亲',
            姓名: c.receiverName ?? c.buyerNick ?? '亲',
            等级: tierName,
            优惠: offer.birthdayOffer,
            生日: birthdayText,
            店铺: shopName,
          }),
        });
      }
      const sent = new Map<string, SentOffer>();
      for (const s of deps.repo.sentFor(found.map((f) => f.customerId))) sent.set(`${s.customerId}:${s.cycleYear}`, s);
      const items = found
        .map((f) => {
          const mark = sent.get(`${f.customerId}:${f.cycleYear}`);
          return { ...f, sent: mark ? { sentAt: mark.sentAt, staffName: mark.staffName } : null };
        })
        .sort((a, b) => a.date.localeCompare(b.date) || a.customerId - b.customerId);
      return { from: window.from, to: window.to, items, leftOut };
    },
    markSent(input: MethodParsedInput<'birthdays.markSent'>): { sentAt: string; staffName: string | null } {
      return deps.inTransaction(() => {
        if (!isRealDate(input.occursOn)) throw new UserFacingError(`没有 ${input.occursOn} 这一天，请检查生日日期。`);
        if (!deps.customerExists(input.customerId)) throw new UserFacingError('找不到这位客户（可能已被合并到另一位客户）。请刷新列表。');
        if (input.staffId !== null && deps.staffActive(input.staffId) === undefined) throw new UserFacingError('找不到这位客服，请刷新后再选。');
        const already = deps.repo.sentOne(input.customerId, input.cycleYear);
        if (already) {
          const who = already.staffName ? `${already.staffName}在 ` : '';
          throw new UserFacingError(`这位客户 ${input.cycleYear} 年的生日祝福已经发过了（${who}${formatInShopTime(new Date(already.sentAt), deps.timeZone())} 标记），每年只发一次。`);
        }
        const sentAt = deps.now().toISOString();
        deps.repo.markSent(input.customerId, input.cycleYear, input.occursOn, input.staffId, sentAt);
        return { sentAt, staffName: deps.repo.sentOne(input.customerId, input.cycleYear)?.staffName ?? null };
      });
    },
    unmarkSent(input: MethodParsedInput<'birthdays.unmarkSent'>): { unmarked: boolean } {
      return { unmarked: deps.repo.unmark(input.customerId, input.cycleYear) };
    },
  };
}

export type BirthdaysService = ReturnType<typeof createBirthdaysService>;
