// What a worksheet cell's stored value reads as, in the text form the CSV importer expects:
// numbers as written (ids that lost digits stay visibly damaged), dates stored as serial
// numbers turned into 'YYYY-MM-DD HH:mm:ss', booleans TRUE/FALSE. Pure, no Date.

/**
 * Built-in number formats that show a date or time: 14–22 and 45–47 everywhere, 27–36 and 50–58
 * in the Chinese, Japanese and Korean versions of Excel (e.g. 31 = yyyy"年"m"月"d"日").
 */
const BUILT_IN_DATE_FORMATS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** Quoted literals, backslash escapes, `_x` (space the width of x) and `*x` (fill with x). */
const FORMAT_LITERALS = /"[^"]*"|\\.|_.|\*./g;
/** [Red], [$-804], [$¥-804], [DBNum1], [>=100]: everything in brackets but elapsed time ([h] [mm] [ss]). */
const FORMAT_BRACKETS = /\[(?![hms]+\])[^\]]*\]/gi;
const DATE_TOKEN = /[ymdh]|[hms]+\]|上午|下午/i;

/** Whether a number format (built-in id, custom format code) shows a date or time. */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (formatCode === undefined) return BUILT_IN_DATE_FORMATS.has(numFmtId);
  const bare = formatCode.replace(FORMAT_LITERALS, '').replace(FORMAT_BRACKETS, '');
  return DATE_TOKEN.test(bare);
}

/** Excel's last day, 9999-12-31, in the 1900 date system. */
const MAX_SERIAL = 2958465;

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Days since 1970-01-01 → civil date (proleptic Gregorian; Howard Hinnant's algorithm). */
function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** 1899-12-30 and 1904-01-01 as days since 1970-01-01. */
const EPOCH_1900 = -25569;
const EPOCH_1904 = -24107;

/**
 * A date serial (days, fraction = time of day) → 'YYYY-MM-DD HH:mm:ss', rounded to the second.
 * The 1900 system counts Excel's phantom 1900-02-29 (serial 60); serials before it are shifted.
 * Returns null for negative or out-of-range serials (the caller keeps the number as written).
 */
export function serialToDateTime(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL + 1) return null;
  const totalSeconds = Math.round(serial * 86400);
  let days = Math.floor(totalSeconds / 86400);
  const seconds = totalSeconds - days * 86400;
  let date: string;
  if (date1904) {
    const c = civilFromDays(EPOCH_1904 + days);
    date = `${c.y}-${two(c.m)}-${two(c.d)}`;
  } else if (days === 60) {
    date = '1900-02-29';
  } else {
    if (days < 60) days += 1;
    const c = civilFromDays(EPOCH_1900 + days);
    date = `${c.y}-${two(c.m)}-${two(c.d)}`;
  }
  const h = Math.floor(seconds / 3600);
  const mi = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${date} ${two(h)}:${two(mi)}:${two(s)}`;
}

/** Digits Excel keeps in a number; anything beyond is float noise or lost. */
const EXCEL_DIGITS = 15;
const PLAIN_NUMBER = /^(-?)(\d+)(?:\.(\d+))?$/;
const E_NUMBER = /^-?\d+(?:\.\d+)?[eE][+-]?\d+$/;

/**
 * The text of a number cell as the importer should see it. Kept as written when it has at most
 * 15 significant digits ('150.41', '150.4', '13800138000'). Otherwise:
 * - an integer part of more than 15 digits is an id that lost digits (Excel keeps 15): written
 *   in E-notation ('2528969504006914300' → '2.5289695040069143E+18') so the id parser flags it
 *   instead of importing wrong digits; E-notation as stored ('2.52897E+18') is kept as it is;
 * - float noise ('150.41000000000003', '0.30000000000000004') is rounded to 15 significant
 *   digits, as Excel shows it; small E-notation ('1.5E-2') becomes plain ('0.015').
 */
export function numberText(v: string): string {
  if (isShortPlainNumber(v)) return v;
  const m = PLAIN_NUMBER.exec(v);
  if (m) {
    const sign = m[1]!;
    const int = m[2]!.replace(/^0+(?=\d)/, '');
    const frac = m[3] ?? '';
    const intSignificant = int === '0' ? 0 : int.length;
    if (intSignificant > EXCEL_DIGITS) {
      const digits = int.replace(/0+$/, '');
      const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
      return `${sign}${mantissa}E+${int.length - 1}`;
    }
    const significant = intSignificant > 0 ? intSignificant + frac.length : frac.replace(/^0+/, '').length;
    if (significant <= EXCEL_DIGITS) return v;
    return plain(Number(v)) ?? v;
  }
  if (E_NUMBER.test(v)) {
    const n = Number(v);
    if (Math.abs(n) >= 1e15) return v;
    return plain(n) ?? v;
  }
  return v;
}

/** The hot path: '-'? digits ('.' digits)? with at most 15 digits in all (so at most 15 significant). */
function isShortPlainNumber(v: string): boolean {
  const n = v.length;
  if (n === 0 || n > 17) return false;
  let i = v.charCodeAt(0) === 45 ? 1 : 0;
  let digits = 0;
  let point = false;
  for (; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !point && digits > 0 && i < n - 1) point = true;
    else return false;
  }
  return digits > 0 && digits <= EXCEL_DIGITS;
}

/** n with at most 15 significant digits, without exponent or trailing zeros; null when tiny. */
function plain(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  if (n === 0) return '0';
  const text = n.toPrecision(EXCEL_DIGITS);
  if (text.includes('e')) return null;
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** A t="d" cell (ISO 8601, rare): '2024-03-05T09:07:00' → '2024-03-05 09:07:00'. */
export function isoDateText(v: string): string {
  const m = ISO_DATE.exec(v);
  if (!m) return v;
  return `${m[1]} ${m[2] ?? '00:00'}:${m[3] ?? '00'}`;
}

/** t="b": '1' → 'TRUE', '0' → 'FALSE'. */
export function booleanText(v: string): string {
  return v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : v;
}

/** A number cell with its style applied: a date style turns the serial into a date-time. */
export function numberCellText(v: string, isDate: boolean, date1904: boolean): string {
  const text = v.trim();
  if (isDate) {
    const serial = Number(text);
    if (text !== '' && Number.isFinite(serial)) {
      const date = serialToDateTime(serial, date1904);
      if (date !== null) return date;
    }
  }
  return numberText(text);
}
