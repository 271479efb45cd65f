/** The backend marks a customer whose personal data was deleted (删除客户) by this identity kind. */
export const ERASED_IDENTITY_KIND = 'erased';

export function isErasedCustomer(customer: { identityKind: string }): boolean {
  return customer.identityKind === ERASED_IDENTITY_KIND;
}

/** The word that confirms a deletion when the name is awkward to type. */
export const ERASE_CONFIRM_WORD = '删除';

/**
 * The owner typed the customer's name (as the drawer shows it) or 删除: a slip of the mouse deletes
 * nobody. Spaces around the text do not count.
 */
export function confirmsErase(typed: string, shownName: string): boolean {
  const text = typed.trim();
  return text !== '' && (text === ERASE_CONFIRM_WORD || text === shownName.trim());
}
