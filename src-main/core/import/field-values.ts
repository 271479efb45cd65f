/**
 * Pure value parsers for the order import: one cell's text in, a typed value or a Chinese message
 * for the shop owner out (the caller adds file, line and column). No I/O and no clock.
 *
 * These run on every cell of exports with up to a million rows, so each parser tries a cheap
 * character scan for the common clean shape first and only then normalises (NFKC, trim, Excel
 * guards) and uses the module-level regular expressions below. Nothing here goes through `Date`:
 * times are China wall-clock strings and stay strings.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export type PhoneKind = 'mobile' | 'masked' | 'virtual' | 'landline' | 'encrypted' | 'other';

export interface ParsedPhone {
  value: string;
  kind: PhoneKind;
}

export interface ParsedAddress {
  province: string | null;
  city: string | null;
  district: string | null;
  detail: string | null;
  postcode: string | null;
}

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

/** Cells that mean "no value": Douyin writes `-`, Youzan `——`, others a dash of some kind. */
const EMPTY_MARKERS: ReadonlySet<string> = new Set(['', '-', '--', '—', '——', '―', '――', '－']);

/** True when the (already trimmed) text is one of the platforms' ways of writing "nothing". */
export function isEmptyMarker(text: string): boolean {
  return EMPTY_MARKERS.has(text);
}

const NON_ASCII = /[^\x20-\x7e]/;

/**
 * The slow-path clean-up shared by the parsers: trim (JS trim also removes TAB, U+3000 and a
 * stray BOM), NFKC when the text is not plain ASCII (full-width digits, ￥, ，, （）), then the
 * Excel guard `="…"` and a leading apostrophe, trimming again after each.
 */
export function cleanCell(raw: string): string {
  let s = raw.trim();
  if (NON_ASCII.test(s)) s = s.normalize('NFKC').trim();
  if (s.length >= 3 && s.charCodeAt(0) === 61 /* = */ && s.charCodeAt(1) === 34 /* " */ && s.endsWith('"')) {
    s = s.slice(2, -1).trim();
  }
  if (s.charCodeAt(0) === 39 /* ' */) s = s.slice(1).trim();
  return s;
}

const QUOTE_MAX = 40;

/** The value as the owner typed or exported it, one line and short enough for a message. */
function quote(raw: string): string {
  let s = raw.trim();
  if (s.length > QUOTE_MAX) s = `${s.slice(0, QUOTE_MAX)}…`;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < 32 || c === 127 ? ' ' : s[i];
  }
  return out;
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

const NULL_RESULT: { ok: true; value: null } = Object.freeze({ ok: true, value: null }) as { ok: true; value: null };

function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

// ---------------------------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------------------------

/** Cells that mean "no amount" (the item file writes 无退款申请 in 退款金额 when there is none). */
const MONEY_EMPTY: ReadonlySet<string> = new Set(['无退款申请', '无', '暂无']);

/**
 * sign, optional ¥ (NFKC turns ￥ into ¥), a sign may also follow the ¥, the digits with any
 * commas, optional decimals, optional 元. The commas are checked separately so a wrongly grouped
 * number gets its own message.
 */
const MONEY_SLOW = /^([+\-\u2212]?)\s*(?:¥\s*)?([+\-\u2212]?)\s*([\d,]*)(?:\.(\d*))?\s*(?:元|圆)?$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;
const ZEROS = /^0*$/;
const LEADING_ZEROS = /^0+/;
const SCIENTIFIC_NUMBER = /^[+-]?\d+(?:\.\d*)?e[+-]?\d+$/i;

/** Largest number of fen that is still an exact integer in a double. */
const MAX_FEN = Number.MAX_SAFE_INTEGER;

/**
 * The hot path: `123`, `123.4`, `123.45`, `-3.20`, at most 13 integer digits (so the fen stays an
 * exact integer). Returns undefined for anything else, which then takes the careful path.
 */
function fastMoneyToFen(s: string): number | undefined {
  const n = s.length;
  if (n === 0 || n > 17) return undefined;
  let i = 0;
  let negative = false;
  if (s.charCodeAt(0) === 45 /* - */) {
    negative = true;
    i = 1;
  }
  let yuan = 0;
  const start = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (!isDigitCode(c)) break;
    yuan = yuan * 10 + (c - 48);
  }
  const intDigits = i - start;
  if (intDigits === 0 || intDigits > 13) return undefined;
  let fen = 0;
  if (i < n) {
    if (s.charCodeAt(i) !== 46 /* . */) return undefined;
    const fracDigits = n - i - 1;
    if (fracDigits < 1 || fracDigits > 2) return undefined;
    const d1 = s.charCodeAt(i + 1);
    if (!isDigitCode(d1)) return undefined;
    fen = (d1 - 48) * 10;
    if (fracDigits === 2) {
      const d2 = s.charCodeAt(i + 2);
      if (!isDigitCode(d2)) return undefined;
      fen += d2 - 48;
    }
  }
  const total = yuan * 100 + fen;
  return negative && total !== 0 ? -total : total;
}

/**
 * '150.41', '0.00元', '¥1,234.50', '1,234', '-3.20', full-width digits → integer fen, computed
 * from the digits (never through a floating-point yuan). '', '-', '——', '无退款申请' → null.
 * More than two decimals is an error unless the extra digits are zeros ('1.2300').
 */
export function parseMoneyToFen(raw: string): Parsed<number | null> {
  const fast = fastMoneyToFen(raw);
  if (fast !== undefined) return ok(fast);
  if (raw.length > 1 && raw.charCodeAt(raw.length - 1) === 0x5143 /* 元 */) {
    const fastYuan = fastMoneyToFen(raw.slice(0, -1));
    if (fastYuan !== undefined) return ok(fastYuan);
  }

  const s = cleanCell(raw);
  if (isEmptyMarker(s) || MONEY_EMPTY.has(s)) return NULL_RESULT;

  const m = MONEY_SLOW.exec(s);
  if (!m) {
    if (SCIENTIFIC_NUMBER.test(s)) {
      return fail(`金额“${quote(raw)}”被 Excel 改成了科学计数法，无法还原准确的金额`);
    }
    return fail(`金额“${quote(raw)}”不是数字`);
  }
  const sign1 = m[1] ?? '';
  const sign2 = m[2] ?? '';
  let intPart = m[3] ?? '';
  const frac = m[4];
  if ((sign1 !== '' && sign2 !== '') || (intPart === '' && (frac === undefined || frac === ''))) {
    return fail(`金额“${quote(raw)}”不是数字`);
  }
  if (intPart.includes(',')) {
    if (!THOUSANDS.test(intPart)) return fail(`金额“${quote(raw)}”的千位分隔符（逗号）位置不对，无法确定金额`);
    intPart = intPart.replaceAll(',', '');
  }
  let fenDigits = 0;
  if (frac !== undefined && frac !== '') {
    if (frac.length > 2 && !ZEROS.test(frac.slice(2))) {
      return fail(`金额“${quote(raw)}”有 ${frac.length} 位小数，金额只能精确到分（两位小数）`);
    }
    fenDigits = (frac.charCodeAt(0) - 48) * 10 + (frac.length > 1 ? frac.charCodeAt(1) - 48 : 0);
  }
  // Leading zeros are harmless; only the significant digits count towards the size limit.
  const significant = intPart.replace(LEADING_ZEROS, '');
  if (significant.length > 14) return fail(`金额“${quote(raw)}”太大，不像是一笔订单的金额`);
  const total = (significant === '' ? 0 : Number(significant)) * 100 + fenDigits;
  if (total > MAX_FEN) return fail(`金额“${quote(raw)}”太大，不像是一笔订单的金额`);
  const negative = sign1 === '-' || sign1 === '\u2212' || sign2 === '-' || sign2 === '\u2212';
  return ok(negative && total !== 0 ? -total : total);
}

// ---------------------------------------------------------------------------------------------
// Date and time
// ---------------------------------------------------------------------------------------------

/** Years outside this range are typing or conversion errors (Excel's 1899/1900 zero dates). */
const MIN_YEAR = 1970;
const MAX_YEAR = 2099;

/** yyyy-M-d, yyyy/M/d or yyyy.M.d (one separator throughout), optional time with ' ' or 'T'. */
const DATE_NUMERIC =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?)?$/;
/** yyyy年M月d日, optional time. */
const DATE_CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** 0000-00-00, 0000-00-00 00:00:00 and the like: the platforms' "never happened". */
const ZERO_DATE = /^0{4}[-/.]0{1,2}[-/.]0{1,2}(?:\s+0{1,2}:0{2}(?::0{2})?)?$/;
/** Excel turned the date into a serial day number, e.g. 42513.9180555556. */
const EXCEL_SERIAL = /^\d{5}(?:\.\d+)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0);
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Checks the parts; returns a message, or null when they form a real wall-clock time. */
function checkDateParts(raw: string, y: number, mo: number, d: number, h: number, mi: number, se: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR) return `时间“${quote(raw)}”的年份 ${y} 不合理`;
  if (mo < 1 || mo > 12) return `时间“${quote(raw)}”不是有效日期：没有 ${mo} 月`;
  if (d < 1 || d > daysInMonth(y, mo)) return `时间“${quote(raw)}”不是有效日期：${y} 年 ${mo} 月没有 ${d} 日`;
  if (h > 23 || mi > 59 || se > 59) return `时间“${quote(raw)}”的时刻无效（时 0–23，分和秒 0–59）`;
  return null;
}

/**
 * 'yyyy-MM-dd HH:mm:ss' is returned unchanged; 'yyyy/M/d H:mm(:ss)' (Excel), 'yyyy-MM-dd HH:mm',
 * 'yyyy-MM-dd' and 'yyyy年M月d日 HH:mm:ss' become 'YYYY-MM-DD HH:mm:ss' (missing seconds or time
 * are zero; fractions of a second are dropped). '', '-', '——' and '0000-00-00 00:00:00' → null.
 * China wall-clock strings: never converted through Date or a time zone.
 */
export function parseDateTime(raw: string): Parsed<string | null> {
  // Fast path: exactly 'yyyy-MM-dd HH:mm:ss'.
  if (
    raw.length === 19 &&
    raw.charCodeAt(4) === 45 &&
    raw.charCodeAt(7) === 45 &&
    raw.charCodeAt(10) === 32 &&
    raw.charCodeAt(13) === 58 &&
    raw.charCodeAt(16) === 58
  ) {
    const yh = digits2(raw, 0);
    const yl = digits2(raw, 2);
    const mo = digits2(raw, 5);
    const d = digits2(raw, 8);
    const h = digits2(raw, 11);
    const mi = digits2(raw, 14);
    const se = digits2(raw, 17);
    if (yh >= 0 && yl >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && se >= 0) {
      const y = yh * 100 + yl;
      if (y === 0 && mo === 0 && d === 0 && h === 0 && mi === 0 && se === 0) return NULL_RESULT;
      const problem = checkDateParts(raw, y, mo, d, h, mi, se);
      return problem === null ? ok(raw) : fail(problem);
    }
  }

  const s = cleanCell(raw);
  if (isEmptyMarker(s) || ZERO_DATE.test(s)) return NULL_RESULT;

  let y: number, mo: number, d: number, h: string | undefined, mi: string | undefined, se: string | undefined;
  const m = DATE_NUMERIC.exec(s);
  if (m) {
    y = Number(m[1]);
    mo = Number(m[3]);
    d = Number(m[4]);
    h = m[5];
    mi = m[6];
    se = m[7];
  } else {
    const c = DATE_CHINESE.exec(s);
    if (!c) {
      if (EXCEL_SERIAL.test(s)) {
        return fail(`时间“${quote(raw)}”被 Excel 改成了数字，请把这一列设成“文本”后重新导出，或从平台重新导出`);
      }
      return fail(`时间“${quote(raw)}”无法识别，应为“2024-05-23 22:02:00”这样的格式`);
    }
    y = Number(c[1]);
    mo = Number(c[2]);
    d = Number(c[3]);
    h = c[4];
    mi = c[5];
    se = c[6];
  }
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = se === undefined ? 0 : Number(se);
  const problem = checkDateParts(raw, y, mo, d, hour, minute, second);
  if (problem !== null) return fail(problem);
  return ok(`${y}-${two(mo)}-${two(d)} ${two(hour)}:${two(minute)}:${two(second)}`);
}

// ---------------------------------------------------------------------------------------------
// Platform ids
// ---------------------------------------------------------------------------------------------

/**
 * What Excel writes for a long number: a mantissa with a decimal point or a signed exponent
 * ('1.93068E+18', '2E+18', '1.5e18'). A bare 'digitsEdigits' is left alone: some tracking numbers
 * look like that, and Excel never writes it.
 */
const EXCEL_SCIENTIFIC = /^[+-]?\d+(?:\.\d+[eE][+-]?|[eE][+-])\d+$/;
/** An integer id that went through a float column: '12345678.0'. */
const TRAILING_POINT_ZERO = /^(\d+)\.0+$/;

/**
 * raw[start, end) is a digit followed by digits and '-' (Pinduoduo 'YYMMDD-15digits'). Letters,
 * points and signs take the careful path, which looks for E-notation.
 */
function isPlainId(raw: string, start: number, end: number): boolean {
  if (end <= start || !isDigitCode(raw.charCodeAt(start))) return false;
  for (let i = start + 1; i < end; i++) {
    const c = raw.charCodeAt(i);
    if (!isDigitCode(c) && c !== 45) return false;
  }
  return true;
}

/**
 * Platform ids (orders, lines, items, tracking numbers) are text end to end: 19-digit ids exceed
 * 2^53. Strips the Excel guard ="…", a leading TAB (Douyin), a leading apostrophe and spaces.
 * E-notation from Excel has lost digits: an error naming the column. '', '-', '——' → null.
 */
export function parseId(raw: string, label: string): Parsed<string | null> {
  if (isPlainId(raw, 0, raw.length)) return ok(raw);
  // Taobao's ="2515405727075138604" and Douyin's TAB-prefixed ids, without the general clean-up.
  const n = raw.length;
  if (n > 3 && raw.charCodeAt(0) === 61 && raw.charCodeAt(1) === 34 && raw.charCodeAt(n - 1) === 34 && isPlainId(raw, 2, n - 1)) {
    return ok(raw.slice(2, n - 1));
  }
  if (n > 1 && raw.charCodeAt(0) === 9 && isPlainId(raw, 1, n)) return ok(raw.slice(1));

  const s = cleanCell(raw);
  if (isEmptyMarker(s)) return NULL_RESULT;
  if (EXCEL_SCIENTIFIC.test(s)) {
    return fail(`${label} ${s} 被 Excel 改成了科学计数法，无法还原。请从千牛重新导出 CSV。`);
  }
  const pointZero = TRAILING_POINT_ZERO.exec(s);
  if (pointZero) return ok(pointZero[1] ?? s);
  return ok(s);
}

// ---------------------------------------------------------------------------------------------
// Phones
// ---------------------------------------------------------------------------------------------

const PHONE_COUNTRY_PREFIX = /^(?:\+\s*86|0086|\(\+?86\)|86(?=\s*-))[\s-]*/;
const PHONE_86_MOBILE = /^86(?=1\d{10}$)/;
const MOBILE = /^1\d{10}$/;
const MOBILE_SPACED = /^1\d{2}[\s-]\d{4}[\s-]\d{4}$/;
const VIRTUAL = /^(1\d{10})\s*(?:-|_|转|#|,|ext\.?)\s*(\d{1,6})$/i;
const LANDLINE = /^0\d{2,3}[\s-]?\d{7,8}(?:\s*(?:-|转)\s*\d{1,6})?$/;
const SEPARATORS = /[\s-]/g;

/** s has a mobile number's 11 digits starting at `start` ('1' then ten digits). */
function isMobileDigits(s: string, start: number): boolean {
  if (s.charCodeAt(start) !== 49 /* 1 */) return false;
  for (let i = start + 1; i < start + 11; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

/**
 * Phones: strips the leading apostrophe, TAB, spaces, the Excel guard and a +86 / 86- prefix,
 * and says what kind of number it is. A virtual number keeps its extension ('17012345678-1234').
 * '' and the platforms' empty markers → null.
 */
export function parsePhone(raw: string): ParsedPhone | null {
  if (raw.length === 11 && isMobileDigits(raw, 0)) return { value: raw, kind: 'mobile' };
  // Taobao's '13925130165 (apostrophe guard).
  if (raw.length === 12 && raw.charCodeAt(0) === 39 && isMobileDigits(raw, 1)) return { value: raw.slice(1), kind: 'mobile' };

  let s = cleanCell(raw);
  if (isEmptyMarker(s)) return null;
  if (s.startsWith('##') || s.startsWith('$$')) return { value: s, kind: 'encrypted' };

  s = s.replace(PHONE_COUNTRY_PREFIX, '').replace(PHONE_86_MOBILE, '');
  if (s === '') return null;
  if (s.includes('*')) return { value: s, kind: 'masked' };
  if (MOBILE.test(s)) return { value: s, kind: 'mobile' };
  if (MOBILE_SPACED.test(s)) return { value: s.replace(SEPARATORS, ''), kind: 'mobile' };
  const v = VIRTUAL.exec(s);
  if (v) return { value: `${v[1]}-${v[2]}`, kind: 'virtual' };
  if (LANDLINE.test(s)) return { value: s, kind: 'landline' };
  return { value: s, kind: 'other' };
}

// ---------------------------------------------------------------------------------------------
// Masked values
// ---------------------------------------------------------------------------------------------

/**
 * True when a nick, name, phone or address is masked by the platform ('t**9', '段*', '人民****',
 * full-width ＊ too) or is Douyin ciphertext ('##…', '$$…'). Such values must never be used alone
 * to merge two customers.
 */
export function isMaskedValue(raw: string | null | undefined): boolean {
  if (raw == null || raw === '') return false;
  if (raw.includes('*') || raw.includes('＊')) return true;
  const s = raw.trim();
  return s.startsWith('##') || s.startsWith('$$');
}

// ---------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------

const PROVINCE_SHORT = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建',
  '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾',
  '内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门',
];
const PROVINCE_FULL = [
  '北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省',
  '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省',
  '云南省', '陕西省', '甘肃省', '青海省', '台湾省', '内蒙古自治区', '广西壮族自治区', '西藏自治区',
  '宁夏回族自治区', '新疆维吾尔自治区', '香港特别行政区', '澳门特别行政区', '广西自治区', '宁夏自治区',
  '新疆自治区',
];
const PROVINCES: ReadonlySet<string> = new Set([...PROVINCE_SHORT, ...PROVINCE_FULL]);
const MUNICIPALITIES: ReadonlySet<string> = new Set(['北京', '天津', '上海', '重庆', '北京市', '天津市', '上海市', '重庆市']);

/** '(450008)' / '（450008）' at the very end. */
const POSTCODE_TAIL = /[(（]\s*(\d{6})\s*[)）]$/;
const WHITESPACE_RUN = /\s+/;
/** Second-level names: 郑州市, 恩施土家族苗族自治州, 锡林郭勒盟, 阿里地区, 神农架林区, 省直辖县级行政区划, 市辖区, 县. */
const CITY_TAIL = /(?:市|州|盟|地区|林区|行政区划|行政单位|市辖区|岛)$|^县$/;
/** Third-level names: 金水区, 中牟县, 新郑市, 科尔沁右翼前旗; 镇/乡 for cities without districts (东莞, 中山). */
const DISTRICT_TAIL = /(?:区|县|市|旗|镇|乡)$/;
const MAX_ADMIN_NAME = 16;

function isCityName(t: string | undefined): t is string {
  return t !== undefined && t.length <= MAX_ADMIN_NAME && CITY_TAIL.test(t);
}

function isDistrictName(t: string | undefined): t is string {
  return t !== undefined && t.length >= 2 && t.length <= MAX_ADMIN_NAME && DISTRICT_TAIL.test(t);
}

function unparsedAddress(trimmed: string): ParsedAddress {
  return { province: null, city: null, district: null, detail: trimmed === '' ? null : trimmed, postcode: null };
}

/**
 * Taobao 收货地址 '河南省 郑州市 金水区 人民路1号(450008)' → its parts. Also municipalities
 * ('北京 北京市 朝阳区 …'), 4-part addresses with a 街道 (kept in detail), no postcode, full-width
 * parentheses and extra spaces. A postcode of 000000 means none. Anything it cannot split (no
 * spaces, no known province first, ciphertext) → all parts null and detail = the trimmed text.
 * Never throws.
 */
export function parseAddress(raw: string): ParsedAddress {
  const trimmed = typeof raw === 'string' ? raw.trim() : '';
  if (isEmptyMarker(trimmed)) return unparsedAddress('');

  let body = trimmed;
  let postcode: string | null = null;
  const pc = POSTCODE_TAIL.exec(body);
  if (pc) {
    const code = pc[1] ?? '';
    postcode = code === '000000' ? null : code;
    body = body.slice(0, pc.index).trimEnd();
  }

  const tokens = body.split(WHITESPACE_RUN);
  const province = tokens[0];
  if (tokens.length < 2 || province === undefined || !PROVINCES.has(province)) return unparsedAddress(trimmed);

  let i = 1;
  let city: string | null = null;
  let district: string | null = null;
  const second = tokens[1];
  if (MUNICIPALITIES.has(province) && !isCityName(second) && isDistrictName(second)) {
    // '北京 朝阳区 …': the city level is left out.
    district = second;
    i = 2;
  } else {
    if (isCityName(second)) {
      city = second;
      i = 2;
    }
    const third = tokens[i];
    if (i < tokens.length && isDistrictName(third)) {
      district = third;
      i += 1;
    }
  }
  const detail = i < tokens.length ? tokens.slice(i).join(' ') : null;
  return { province, city, district, detail, postcode };
}

// ---------------------------------------------------------------------------------------------
// Counts
// ---------------------------------------------------------------------------------------------

/** sign, digits with any commas, optional decimals, optional unit (件, 个 …). */
const COUNT_SLOW = /^([+\-\u2212]?)\s*([\d,]+)(?:\.(\d+))?\s*(?:件|个|套|只|瓶|盒|包|双|条|张|台|支|袋|箱|份|本|把|块|对|罐|桶|片|粒|根|斤|束|盆|顶|副|枚|册|组|提|听|卷|株|颗)?$/;
const MAX_COUNT_DIGITS = 15;

/** Non-negative integer quantities: '2', '2件', '1,000', '2.0'; '' and empty markers → null. */
export function parseCount(raw: string): Parsed<number | null> {
  const n = raw.length;
  if (n > 0 && n <= MAX_COUNT_DIGITS) {
    let value = 0;
    let i = 0;
    for (; i < n; i++) {
      const c = raw.charCodeAt(i);
      if (!isDigitCode(c)) break;
      value = value * 10 + (c - 48);
    }
    if (i === n) return ok(value);
  }

  const s = cleanCell(raw);
  if (isEmptyMarker(s)) return NULL_RESULT;
  const m = COUNT_SLOW.exec(s);
  if (!m) return fail(`数量“${quote(raw)}”不是整数`);
  let intPart = m[2] ?? '';
  const frac = m[3];
  if (intPart.includes(',')) {
    if (!THOUSANDS.test(intPart)) return fail(`数量“${quote(raw)}”的千位分隔符（逗号）位置不对`);
    intPart = intPart.replaceAll(',', '');
  }
  if (frac !== undefined && !ZEROS.test(frac)) return fail(`数量“${quote(raw)}”不是整数`);
  const significant = intPart.replace(LEADING_ZEROS, '');
  if (significant.length > MAX_COUNT_DIGITS) return fail(`数量“${quote(raw)}”太大`);
  const value = significant === '' ? 0 : Number(significant);
  if (value !== 0 && m[1] !== '' && m[1] !== '+') return fail(`数量“${quote(raw)}”不能是负数`);
  return ok(value);
}
