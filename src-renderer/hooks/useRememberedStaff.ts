import type { StaffDto } from '@contract';
import { useCallback, useState } from 'react';

// The key predates the app-wide switch (it began on 生日关怀); kept so an existing choice survives.
const STORAGE_KEY = 'zhanggui.birthdays.staffId';

function readRemembered(): number | null {
  try {
    const stored = Number(window.localStorage.getItem(STORAGE_KEY));
    return Number.isInteger(stored) && stored > 0 ? stored : null;
  } catch {
    return null;
  }
}

/**
 * 我是: which 客服 is working at this PC, remembered between days so each morning starts without
 * asking. A remembered person who was deactivated since counts as nobody.
 */
export function useRememberedStaff(staff: readonly StaffDto[] | undefined): { staffId: number | null; choose(id: number | null): void } {
  const [remembered, setRemembered] = useState(readRemembered);
  const choose = useCallback((id: number | null) => {
    setRemembered(id);
    try {
      if (id === null) window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, String(id));
    } catch {
      // Private windows may refuse storage; the choice then lasts until the page closes.
    }
  }, []);
  const active = staff?.some((person) => person.active && person.id === remembered) ?? false;
  return { staffId: active ? remembered : null, choose };
}
