/** What 删除客户 did: the person's details are gone, the shop's figures stay. */
export interface CustomerErasedDto {
  customerId: number;
  erasedAt: string;
  /** The reason as recorded: the person's own name, phone or address taken out of it. */
  reason: string;
  /** Orders whose receiver, phone, address and messages were blanked. */
  ordersAnonymised: number;
  /** Customers merged into this one, erased with it. */
  mergedErased: number;
}

export interface RevealedPhoneDto {
  id: number;
  phone: string | null;
}
