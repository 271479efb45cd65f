import type { BirthdayDto } from '@contract';

const CALENDAR_TEXT: Readonly<Record<BirthdayDto['calendar'], string>> = { solar: '公历', lunar: '农历' };

/** 农历8月15日, 农历闰4月2日, 公历3月5日（1990 年生）: the calendar first, so a lunar day is never read as a solar one. */
export function formatBirthday(birthday: BirthdayDto): string {
  const leap = birthday.calendar === 'lunar' && birthday.leapMonth ? '闰' : '';
  const day = `${CALENDAR_TEXT[birthday.calendar]}${leap}${birthday.month}月${birthday.day}日`;
  return birthday.year === null ? day : `${day}（${birthday.year} 年生）`;
}
