import type { Role } from '../access';

/** A login of the shop: the owner (店主) or a staff member (客服). */
export interface AccountDto {
  id: number;
  name: string;
  role: Role;
  /** The 客服 this account works as (tasks, birthdays sent); null for the owner. */
  staffId: number | null;
  staffName: string | null;
  active: boolean;
  /** 客服 only: may press 查看号码 to see a customer's whole phone (each time recorded). */
  canRevealPhones: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

/** Who is signed in at this window, and what the window should show first. */
export interface SessionDto {
  /** No account yet: the first start, which creates the owner (only from this PC). */
  needsOwner: boolean;
  account: AccountDto | null;
  /** This window reached the app over the shop's LAN (not from the PC it runs on). */
  remote: boolean;
}

/** One line of the audit log (操作记录). */
export interface AuditEntryDto {
  id: number;
  /** ISO instant. */
  at: string;
  accountId: number | null;
  /** The account's name at the time; 命令行 for the command line on the PC. */
  accountName: string;
  role: Role | null;
  /** 本机, the other PC's address, or 命令行. */
  where: string;
  /** A method name (customers.export) or an event (auth.login, auth.loginFailed, backups.restore). */
  action: string;
  /** What it was, in Chinese (导出客户名单). */
  label: string;
  /** What exactly: how many rows, which customer, what changed. */
  detail: string;
  customerId: number | null;
}

export interface LanAccessDto {
  enabled: boolean;
  /** What the other PCs type (or scan) while it is on; empty when off. */
  urls: string[];
  /** Why it could not be turned on (no network, the port is taken), in Chinese; null otherwise. */
  problem: string | null;
  /** False when this host cannot serve the LAN (the command line). */
  available: boolean;
}
