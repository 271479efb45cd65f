import { describe, expect, it } from 'vitest';
import { isTotalRow } from '../../../src-main/core/import/total-row';

describe('isTotalRow', () => {
  it('spots the totals row sellers add under the data', () => {
    expect(isTotalRow(['合计', '', '1,234.50'])).toBe(true);
    expect(isTotalRow(['', ' 总计：', '99'])).toBe(true);
  });

  it('leaves orders alone, even when a later cell mentions 合计', () => {
    expect(isTotalRow(['="2528969504006914256"', '合计 2 件'])).toBe(false);
    expect(isTotalRow(['', '', ''])).toBe(false);
  });
});
