/**
 * Chromium stops growing a box at about 33.5 million pixels; a list taller than this scrolls
 * through a scaled-down space instead (at 44 px a row, beyond ≈340,000 rows).
 */
export const MAX_CONTENT_HEIGHT = 15_000_000;

export interface ScrollWindow {
  /** The rows to draw: first…last (last < first when there are none). */
  first: number;
  last: number;
  /** How far the first row is scrolled up under the header, in pixels. */
  shift: number;
  /** The height the scrolled content must have. */
  contentHeight: number;
}

/** Which rows of a list of equally tall rows are in view at a scroll position. */
export function scrollWindow(at: { scrollTop: number; viewportHeight: number; headerHeight: number; rowHeight: number; rows: number }): ScrollWindow {
  const realHeight = at.headerHeight + at.rows * at.rowHeight;
  const contentHeight = Math.min(realHeight, MAX_CONTENT_HEIGHT);
  if (at.rows === 0) return { first: 0, last: -1, shift: 0, contentHeight };
  const maxScroll = Math.max(0, contentHeight - at.viewportHeight);
  const realMaxScroll = Math.max(0, realHeight - at.viewportHeight);
  const position = maxScroll > 0 ? (Math.min(Math.max(at.scrollTop, 0), maxScroll) * realMaxScroll) / maxScroll : 0;
  const first = Math.min(at.rows - 1, Math.floor(position / at.rowHeight));
  const shift = position - first * at.rowHeight;
  const bodyHeight = Math.max(0, at.viewportHeight - at.headerHeight);
  const inView = Math.max(1, Math.ceil((bodyHeight + shift) / at.rowHeight));
  return { first, last: Math.min(at.rows - 1, first + inView - 1), shift, contentHeight };
}
