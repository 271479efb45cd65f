/** The DTO fields that carry a customer's phone; every one is masked for a 客服 at the boundary. */
const PHONE_FIELDS = new Set(['phone', 'receiverPhone']);

/** 13812341234 → 138****1234; shorter numbers keep their last four digits only. */
export function maskPhone(phone: string): string {
  if (phone.includes('*')) return phone; // masked by the platform already (1******6198)
  const digits = phone.replace(/\s+/g, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length <= 4) return '*'.repeat(digits.length);
  return `${'*'.repeat(Math.min(7, digits.length - 4))}${digits.slice(-4)}`;
}

/**
 * A copy of a method's output with every phone field masked, however deep: new DTOs are covered
 * without anyone remembering to mask them. Objects that say whether their phone is masked say so.
 */
export function maskPhoneFields<T>(value: T): T {
  return maskValue(value) as T;
}

function maskValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskValue);
  if (value === null || typeof value !== 'object') return value;
  const masked: Record<string, unknown> = {};
  let maskedPhone = false;
  for (const [key, field] of Object.entries(value)) {
    if (PHONE_FIELDS.has(key) && typeof field === 'string' && field !== '') {
      masked[key] = maskPhone(field);
      maskedPhone = true;
    } else {
      masked[key] = maskValue(field);
    }
  }
  if (maskedPhone && 'phoneMasked' in masked) masked.phoneMasked = true;
  return masked;
}
