import type { ReactNode } from 'react';
import { CurrentStaffContext } from '../../hooks/current-staff-context';
import { useSession } from '../../hooks/session-context';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useRememberedStaff } from '../../hooks/useRememberedStaff';

const fixedChoice = () => {};

/**
 * Provides 我是 to the whole app. A 客服 account is its own staff member, fixed by the login; the
 * owner keeps the free pick (remembered), e.g. when working the list for someone who is off.
 */
export function CurrentStaffProvider(props: { children: ReactNode }) {
  const session = useSession();
  const staffQuery = useApiQuery('staff.list', {});
  const remembered = useRememberedStaff(staffQuery.data);
  const staff = staffQuery.data;
  const active = (staff ?? []).filter((person) => person.active);
  const staffId = session.isOwner ? remembered.staffId : session.account.staffId;
  const choose = session.isOwner ? remembered.choose : fixedChoice;
  const me = active.find((person) => person.id === staffId) ?? null;
  return (
    <CurrentStaffContext.Provider value={{ staffId, me, staff, active, choose, fixed: !session.isOwner, staffQuery }}>{props.children}</CurrentStaffContext.Provider>
  );
}
