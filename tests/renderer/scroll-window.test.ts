import { describe, expect, it } from 'vitest';
import { MAX_CONTENT_HEIGHT, scrollWindow } from '../../src-renderer/components/customers/scroll-window';

const at = (scrollTop: number, rows: number) => scrollWindow({ scrollTop, viewportHeight: 600, headerHeight: 48, rowHeight: 44, rows });

describe('the customer list scrolls through the whole book', () => {
  it('shows the rows that fill the view, and the part-scrolled first row', () => {
    expect(at(0, 1000)).toEqual({ first: 0, last: 12, shift: 0, contentHeight: 48 + 44_000 });
    // 100 px down: row 2 is 12 px under the header; 13 rows (552 px of body + 12) cover the view.
    expect(at(100, 1000)).toMatchObject({ first: 2, shift: 12, last: 14 });
  });

  it('ends exactly at the last row, and a short list draws only what it has', () => {
    const end = at(48 + 44_000 - 600, 1000);
    expect(end.last).toBe(999);
    expect(end.first).toBeGreaterThan(985);
    expect(at(0, 5)).toMatchObject({ first: 0, last: 4 });
    expect(at(0, 0)).toMatchObject({ first: 0, last: -1 });
    // Scrolling past the end (a list that just shrank) stays on the last rows.
    expect(at(10_000_000, 1000).last).toBe(999);
  });

  it('a book taller than the browser allows is scaled: the scrollbar still reaches every row', () => {
    const rows = 1_000_000;
    const top = at(0, rows);
    const bottom = at(MAX_CONTENT_HEIGHT - 600, rows);
    const middle = at((MAX_CONTENT_HEIGHT - 600) / 2, rows);
    expect(top.contentHeight).toBe(MAX_CONTENT_HEIGHT);
    expect(top.first).toBe(0);
    expect(bottom.last).toBe(rows - 1);
    expect(Math.abs(middle.first - rows / 2)).toBeLessThan(20);
  });
});
