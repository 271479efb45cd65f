import { useEffect, useState } from 'react';

/** Keys typed into a field, a picker or a dialog are theirs, not the list's. */
function belongsToAField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  return target.closest('.ant-select, .ant-picker, .ant-dropdown, [role="dialog"]') !== null;
}

/** Enter on a focused button or link presses it; only elsewhere does it open the row. */
function pressesAControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a, [role="button"], [role="checkbox"], label') !== null;
}

/**
 * ↑/↓ move the highlighted row, Enter opens it, Ctrl+Enter completes it — anywhere on the page
 * while `enabled` (not while a dialog or drawer is open), so staff can work through the list
 * without the mouse. Returns the highlighted index (-1 for an empty list) and a setter for clicks.
 */
export function useRowKeyboard<T>(
  rows: readonly T[],
  options: { enabled: boolean; onOpen(row: T): void; onComplete(row: T): void },
): { index: number; setIndex(index: number): void } {
  const [index, setIndex] = useState(0);
  const highlighted = rows.length === 0 ? -1 : Math.min(index, rows.length - 1);
  const { enabled, onOpen, onComplete } = options;

  useEffect(() => {
    if (!enabled || highlighted < 0) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || belongsToAField(event.target)) return;
      const row = rows[highlighted];
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const next = highlighted + (event.key === 'ArrowDown' ? 1 : -1);
        setIndex(Math.max(0, Math.min(rows.length - 1, next)));
      } else if (event.key === 'Enter' && row !== undefined && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        onComplete(row);
      } else if (event.key === 'Enter' && row !== undefined && !pressesAControl(event.target)) {
        event.preventDefault();
        onOpen(row);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, highlighted, rows, onOpen, onComplete]);

  return { index: highlighted, setIndex };
}
