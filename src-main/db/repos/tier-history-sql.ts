/** The columns of a TierChangeDto, for tier_changes AS h joined to customers AS c and staff AS st. */
export const TIER_CHANGE_COLUMNS = `h.id, coalesce(c.merged_into_id, h.customer_id) AS customerId, c.buyer_nick AS buyerNick, c.receiver_name AS receiverName,
  h.from_name AS fromName, h.to_name AS toName, h.direction, h.cause, h.reason, st.name AS staffName,
  h.changed_on AS changedOn, h.changed_at AS changedAt`;

export const TIER_CHANGE_JOINS = 'JOIN customers c ON c.id = h.customer_id LEFT JOIN staff st ON st.id = h.staff_id';
