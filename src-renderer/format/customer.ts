import type { DuplicateDto } from '@contract';

/** How staff call a customer: the 旺旺 nick, else the receiver, else the record number. */
export function customerName(customer: { id: number; buyerNick: string | null; receiverName: string | null }): string {
  return customer.buyerNick ?? customer.receiverName ?? `客户 #${customer.id}`;
}

/**
 * 省 市 区 and the street address on one line. Taobao exports usually repeat the region at the
 * start of the address, so it is only put in front when the address does not already begin with it.
 */
export function formatAddress(customer: {
  province: string | null;
  city: string | null;
  district: string | null;
  address: string | null;
}): string | null {
  const region = [customer.province, customer.city, customer.district].filter(Boolean).join(' ');
  const address = customer.address?.trim() ?? '';
  if (!address) return region || null;
  const squeezed = (text: string) => text.replaceAll(/\s+/g, '');
  if (!region || squeezed(address).startsWith(squeezed(region))) return address;
  return `${region} ${address}`;
}

/** Why two records look like one person, as staff would say it. */
export const DUPLICATE_REASON_TEXT: Readonly<Record<DuplicateDto['reason'], string>> = {
  phone: '同一手机号',
  address: '同一收货人和地址',
};
