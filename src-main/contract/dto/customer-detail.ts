import type { CustomerTierDto } from './tiers';

export interface TagDto {
  id: number;
  name: string;
  /** An antd preset colour name (green, orange, …). */
  color: string;
  /** Active customers carrying it. */
  customerCount: number;
}

/** A tag as it sits on one customer. */
export type CustomerTagDto = Omit<TagDto, 'customerCount'>;

export interface StaffDto {
  id: number;
  name: string;
  active: boolean;
}

export interface BirthdayDto {
  calendar: 'solar' | 'lunar';
  /** Null when staff only know the day. */
  year: number | null;
  month: number;
  day: number;
  /** A lunar birthday in a leap month (闰月). */
  leapMonth: boolean;
}

export interface OrderLineDto {
  lineNo: string;
  title: string | null;
  skuProps: string | null;
  quantity: number | null;
  paidFen: number | null;
  refundFen: number;
  refundStatus: string | null;
  statusRaw: string | null;
}

export interface StatusChangeDto {
  from: string;
  to: string;
  /** False: an older export said so later; recorded, not applied. */
  applied: boolean;
  recordedAt: string;
}

export interface CustomerOrderDto {
  id: number;
  orderNo: string;
  shopName: string;
  status: string;
  statusRaw: string;
  paidFen: number | null;
  refundFen: number;
  createdAt: string | null;
  paidAt: string | null;
  shippedAt: string | null;
  completedAt: string | null;
  receiverName: string | null;
  receiverPhone: string | null;
  receiverAddress: string | null;
  buyerMessage: string | null;
  sellerMemo: string | null;
  lines: OrderLineDto[];
  statusChanges: StatusChangeDto[];
}

/** A finished export, in the exports folder beside the book. */
export interface ExportFileDto {
  fileName: string;
  /** Where it is on this computer (the desktop app shows it in its folder). */
  path: string;
  rows: number;
  bytes: number;
}

/** A customer that is probably the same person as another. */
export interface DuplicateDto {
  id: number;
  buyerNick: string | null;
  receiverName: string | null;
  phone: string | null;
  orderCount: number;
  /** phone: the same whole phone number; address: the same receiver at the same address. */
  reason: 'phone' | 'address';
}

/** Everything about one customer: profile, what staff wrote, and the order timeline (newest first). */
export interface CustomerDetailDto {
  id: number;
  shopId: number;
  shopName: string;
  platform: string;
  /** nick | mobile | order: how the imports recognise this buyer. */
  identityKind: string;
  buyerNick: string | null;
  receiverName: string | null;
  phone: string | null;
  phoneMasked: boolean;
  province: string | null;
  city: string | null;
  district: string | null;
  address: string | null;
  orderCount: number;
  paidFen: number;
  refundFen: number;
  netSpentFen: number;
  averageOrderFen: number | null;
  firstOrderAt: string | null;
  lastOrderAt: string | null;
  notes: string | null;
  blacklisted: boolean;
  blacklistReason: string | null;
  doNotDisturb: boolean;
  birthday: BirthdayDto | null;
  assignedStaff: StaffDto | null;
  tags: CustomerTagDto[];
  /** Member tier, what is missing for the next one, and every tier change. */
  tier: CustomerTierDto;
  /** Every order of the customer, newest first (at most `ordersShown`). */
  orders: CustomerOrderDto[];
  ordersTotal: number;
  /** Customers merged into this one, which an undo would bring back. */
  mergedFrom: { id: number; buyerNick: string | null; receiverName: string | null }[];
  createdAt: string;
  updatedAt: string;
}
