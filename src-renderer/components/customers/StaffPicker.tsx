import type { StaffDto } from '@contract';
import { Select } from 'antd';
import { api } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { FieldError } from './FieldError';
import { useSaveAction } from './useSaveAction';

/** 负责客服: who looks after this buyer; clearing it leaves them to nobody in particular. */
export function StaffPicker(props: { customerId: number; assigned: StaffDto | null; onSaved(): void }) {
  const staff = useApiQuery('staff.list', {});
  const save = useSaveAction(props.onSaved);
  // Until the staff list has loaded, the assigned person is still shown by name rather than by number.
  const people = staff.data ?? (props.assigned ? [props.assigned] : []);
  const options = people.map((person) => ({
    value: person.id,
    label: person.active ? person.name : `${person.name}（已停用）`,
    disabled: !person.active,
  }));

  return (
    <>
      <Select<number>
        aria-label="负责客服"
        style={{ width: 200 }}
        allowClear
        placeholder="未分配"
        value={props.assigned?.id}
        options={options}
        loading={staff.loading || save.saving}
        notFoundContent={staff.error ? staff.error.message : '还没有客服'}
        onChange={(staffId) =>
          void save.run(() => api.call('customers.update', { id: props.customerId, assignedStaffId: staffId ?? null }))
        }
      />
      <FieldError message={save.error} />
    </>
  );
}
