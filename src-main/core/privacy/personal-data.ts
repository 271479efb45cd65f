/**
 * 个人信息查询: everything the book holds about one customer (and the records merged into them),
 * as plain rows. Money in fen, times as the book stores them (shop time for orders, ISO instants
 * for what staff did).
 */
export interface PersonalData {
  customerId: number;
  /** ISO instant the file was made. */
  madeAt: string;
  profile: PersonalProfile;
  /** The records merged into this one (the same person), with what they held. */
  mergedRecords: PersonalRecord[];
  tags: { name: string; addedAt: string }[];
  tierChanges: { customerId: number; changedAt: string; from: string; to: string; direction: string; cause: string; reason: string | null }[];
  orders: PersonalOrder[];
  followUps: PersonalFollowUp[];
  followUpNotes: { customerId: number; taskId: number | null; at: string; action: string; staff: string | null; note: string | null; satisfaction: number | null }[];
  /** The care rules that held them out (对照组: no task, kept to measure the rule's effect). */
  careHoldouts: { customerId: number; ruleName: string; dueOn: string; createdAt: string }[];
  complaints: { customerId: number; orderNo: string | null; loggedAt: string; staff: string | null; note: string }[];
  birthdayOffers: { customerId: number; cycleYear: number; occursOn: string; staff: string | null; sentAt: string }[];
  merges: { keptId: number; mergedId: number; mergedAt: string; undoneAt: string | null }[];
  auditLog: { at: string; account: string; action: string; label: string; detail: string }[];
  erasures: { erasedAt: string; reason: string; ordersAnonymised: number }[];
}

export interface PersonalRecord {
  id: number;
  buyerNick: string | null;
  receiverName: string | null;
  phone: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  address: string | null;
  createdAt: string;
  erasedAt: string | null;
}

export interface PersonalProfile extends PersonalRecord {
  shopName: string;
  platform: string;
  orderCount: number;
  paidFen: number;
  refundFen: number;
  netSpentFen: number;
  firstOrderAt: string | null;
  lastOrderAt: string | null;
  notes: string | null;
  blacklisted: boolean;
  blacklistReason: string | null;
  doNotDisturb: boolean;
  /** As staff typed it: 公历/农历, month, day, optional year. */
  birthday: { calendar: string; year: number | null; month: number; day: number; leapMonth: boolean } | null;
  assignedStaff: string | null;
  tierName: string | null;
  tierSince: string | null;
  tierExpiresOn: string | null;
}

export interface PersonalOrder {
  customerId: number;
  orderNo: string;
  shopName: string;
  status: string;
  statusRaw: string;
  buyerNick: string | null;
  receiverName: string | null;
  receiverPhone: string | null;
  receiverAddress: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  totalFen: number | null;
  paidFen: number | null;
  refundFen: number;
  createdAt: string | null;
  paidAt: string | null;
  shippedAt: string | null;
  completedAt: string | null;
  logisticsCompany: string | null;
  trackingNo: string | null;
  title: string | null;
  buyerMessage: string | null;
  orderNote: string | null;
  sellerMemo: string | null;
  lines: { lineNo: string; title: string | null; skuProps: string | null; quantity: number | null; paidFen: number | null; refundFen: number; statusRaw: string | null }[];
  statusChanges: { from: string; to: string; applied: boolean; recordedAt: string }[];
}

export interface PersonalFollowUp {
  customerId: number;
  id: number;
  ruleName: string;
  orderNo: string | null;
  dueOn: string;
  status: string;
  reason: string;
  assignee: string | null;
  outcomeNote: string | null;
  satisfaction: number | null;
  skipReason: string | null;
  handledAt: string | null;
  createdAt: string;
}
