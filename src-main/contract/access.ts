/**
 * Who may call a method, declared next to it in `methods`: the backend checks it on every call,
 * whatever the window shows. `public` needs no login (signing in itself); `staff` needs any
 * signed-in account (客服 or 店主); `owner` needs the shop owner (店主).
 */
export const ACCESS_LEVELS = ['public', 'staff', 'owner'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

/** 店主 may do everything; 客服 works customers, follow-ups and birthdays. */
export const ROLES = ['owner', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = { owner: '店主', staff: '客服' };

export function roleMayCall(role: Role, access: Access): boolean {
  if (access === 'public' || access === 'staff') return true;
  return role === 'owner';
}
