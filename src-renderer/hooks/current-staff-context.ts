import type { StaffDto } from '@contract';
import { createContext, useContext } from 'react';
import type { QueryState } from './useApiQuery';

/**
 * 我是: who works at this window. For a 客服 account its own staff member (fixed by the login); for
 * the owner a free pick among the active 客服.
 */
export interface CurrentStaff {
  /** The chosen, still active staff member; null when nobody is picked (the owner, or no staff yet). */
  staffId: number | null;
  me: StaffDto | null;
  /** Every staff member, active or not (undefined while loading). */
  staff: readonly StaffDto[] | undefined;
  active: readonly StaffDto[];
  choose(id: number | null): void;
  /** Set by the login (a 客服 account): there is nothing to choose. */
  fixed: boolean;
  /** The staff list query, so 设置 → 客服 edits show up in the switch at once. */
  staffQuery: QueryState<StaffDto[]>;
}

export const CurrentStaffContext = createContext<CurrentStaff | null>(null);

export function useCurrentStaff(): CurrentStaff {
  const value = useContext(CurrentStaffContext);
  if (!value) throw new Error('useCurrentStaff needs a CurrentStaffProvider above it');
  return value;
}
