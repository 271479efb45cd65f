/** The settings key of the book's hold-out salt: a random string written the first time a rule keeps a 对照组. */
export const HOLDOUT_SALT_SETTING = 'careHoldoutSalt';

/**
 * cyrb53: a fast 53-bit string hash with good mixing. Not for secrets: it only has to spread
 * customers evenly, and the salt (random per book) keeps ids alone from deciding who is held out.
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const SPAN = 2 ** 53;

/**
 * Whether a rule holds a customer out (对照组: no task from it). The draw is a hash of the book's
 * salt, the rule and the customer, so it is random across customers but the same every time for
 * one customer and rule: a customer is in or out for good, whichever of their events the rule meets.
 */
export function createHoldoutDraw(salt: string) {
  return (ruleId: number, customerId: number, percent: number): boolean => {
    if (percent <= 0) return false;
    return hash53(`${salt}:${ruleId}:${customerId}`) / SPAN < percent / 100;
  };
}

export type HoldoutDraw = ReturnType<typeof createHoldoutDraw>;
