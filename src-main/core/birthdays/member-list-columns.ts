/** Header names seen in member lists exported from 千牛, 客道 and hand-made Excel sheets. */
const NICK_HEADERS = ['买家昵称', '买家会员名', '会员名', '昵称', '旺旺', '旺旺名', '旺旺号', '客户昵称', '用户名', '买家账号', '会员昵称'];
const PHONE_HEADERS = ['手机号', '手机', '手机号码', '电话', '联系电话', '联系方式', '手机号/电话', '会员手机'];
const BIRTHDAY_HEADERS = ['生日', '出生日期', '生日日期', '农历生日', '阴历生日', '公历生日', '阳历生日', '出生年月日', '会员生日'];

export interface MemberListColumns {
  nickColumn: number | null;
  phoneColumn: number | null;
  birthdayColumn: number | null;
}

/** The columns a member list's header most likely uses: exact names first, then names containing them. */
export function guessMemberListColumns(header: readonly string[]): MemberListColumns {
  const cells = header.map((h) => h.replace(/\s/g, ''));
  const find = (names: readonly string[]): number | null => {
    const exact = cells.findIndex((c) => names.includes(c));
    if (exact >= 0) return exact;
    const partial = cells.findIndex((c) => c !== '' && names.some((n) => c.includes(n)));
    return partial >= 0 ? partial : null;
  };
  return { nickColumn: find(NICK_HEADERS), phoneColumn: find(PHONE_HEADERS), birthdayColumn: find(BIRTHDAY_HEADERS) };
}

/** A column headed 农历生日 holds lunar dates even where a cell says just 8月15日. */
export function isLunarColumn(headerCell: string): boolean {
  return /农历|阴历/.test(headerCell);
}
