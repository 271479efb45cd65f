import type { ReactNode } from 'react';
import { CurrentStaffContext } from '../../hooks/current-staff-context';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useRememberedStaff } from '../../hooks/useRememberedStaff';

/** Provides 我是 to the whole app: the staff list and the remembered choice. */
export function CurrentStaffProvider(props: { children: ReactNode }) {
  const staffQuery = useApiQuery('staff.list', {});
  const { staffId, choose } = useRememberedStaff(staffQuery.data);
  const staff = staffQuery.data;
  const active = (staff ?? []).filter((person) => person.active);
  const me = active.find((person) => person.id === staffId) ?? null;
  return <CurrentStaffContext.Provider value={{ staffId, me, staff, active, choose, staffQuery }}>{props.children}</CurrentStaffContext.Provider>;
}
