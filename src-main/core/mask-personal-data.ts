const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const ID_CARD = /(?<![\dXx])(\d{6})\d{8}(\d{3}[\dXx])(?![\dXx])/g;

/**
 * Masks mainland mobile numbers (138****1234) and ID card numbers in free text before it is
 * written to a log the owner may send to us (PIPL: personal data leaves the PC only masked).
 */
export function maskPersonalData(text: string): string {
  return text.replace(ID_CARD, '$1********$2').replace(MOBILE, '$1****$2');
}
