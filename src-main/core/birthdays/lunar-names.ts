/** Lunar month and day names as people write them: 正月 … 冬月、腊月, 初一 … 廿九、三十. */

const MONTH_NAMES = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'];
const DIGIT_NAMES = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const DIGIT_VALUES = new Map<string, number>([
  ['〇', 0], ['零', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
]);
const MONTH_WORDS = new Map<string, number>([['正', 1], ['元', 1], ['冬', 11], ['腊', 12]]);

/** Characters only the lunar calendar uses, so text with them is lunar even without 农历. */
export const LUNAR_ONLY_CHARACTERS = /[闰正冬腊初廿卅]/;

export function lunarMonthName(month: number, leap: boolean): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new RangeError(`No lunar month ${month}`);
  return `${leap ? '闰' : ''}${name}月`;
}

export function lunarDayName(day: number): string {
  if (!Number.isInteger(day) || day < 1 || day > 30) throw new RangeError(`No lunar day ${day}`);
  if (day <= 10) return `初${DIGIT_NAMES[day]}`;
  if (day < 20) return `十${DIGIT_NAMES[day - 10]}`;
  if (day === 20) return '二十';
  if (day < 30) return `廿${DIGIT_NAMES[day - 20]}`;
  return '三十';
}

/** 0..99 in digits or Chinese numerals (十五, 二十一, 廿九, 卅); null when it is not one. */
function parseSmallNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  if (text.length === 1 && DIGIT_VALUES.has(text)) return DIGIT_VALUES.get(text) ?? null;
  const tens = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (tens) return (tens[1] ? (DIGIT_VALUES.get(tens[1]) ?? 0) : 1) * 10 + (tens[2] ? (DIGIT_VALUES.get(tens[2]) ?? 0) : 0);
  const shortTens = /^([廿卅])([一二三四五六七八九])?$/.exec(text);
  if (shortTens) return (shortTens[1] === '廿' ? 20 : 30) + (shortTens[2] ? (DIGIT_VALUES.get(shortTens[2]) ?? 0) : 0);
  return null;
}

/** The number of the text before 月 (八, 十一, 冬, 腊, 8); out-of-range numbers are returned for the caller to reject. */
export function parseMonthName(text: string): number | null {
  return MONTH_WORDS.get(text) ?? parseSmallNumber(text);
}

/** The day as written (初一, 十五, 廿九, 三十, 15); 初 only goes with 一 to 十. */
export function parseDayName(text: string): number | null {
  if (text.startsWith('初')) {
    const day = parseSmallNumber(text.slice(1));
    return day !== null && day >= 1 && day <= 10 ? day : null;
  }
  return parseSmallNumber(text);
}
