import { Switch, Typography } from 'antd';
import { api } from '../../api/client';
import { FieldError } from './FieldError';
import { useSaveAction } from './useSaveAction';

/** 免打扰: the buyer asked not to be contacted; care tasks and campaigns leave them out. */
export function DoNotDisturbSwitch(props: { customerId: number; on: boolean; onSaved(): void }) {
  const save = useSaveAction(props.onSaved);
  return (
    <>
      <Switch
        aria-label="免打扰"
        checked={props.on}
        loading={save.saving}
        onChange={(on) => void save.run(() => api.call('customers.update', { id: props.customerId, doNotDisturb: on }))}
      />
      <Typography.Text type="secondary">{props.on ? '不发关怀和营销消息' : '可以联系'}</Typography.Text>
      <FieldError message={save.error} />
    </>
  );
}
