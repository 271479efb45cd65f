/** 138****1234: a phone with its middle hidden, by the export (淘宝) or by the backend for 客服. */
export function looksMasked(phone: string): boolean {
  return phone.includes('*');
}
