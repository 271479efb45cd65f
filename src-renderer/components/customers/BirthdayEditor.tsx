import type { BirthdayDto } from '@contract';
import { Button, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { formatBirthday } from '../../format/birthday';
import { BirthdayForm } from './BirthdayForm';
import { FieldError } from './FieldError';
import { useSaveAction } from './useSaveAction';

/** 生日: shown as 农历8月15日 / 公历3月5日; exports carry none, so staff type it in from a chat. */
export function BirthdayEditor(props: { customerId: number; birthday: BirthdayDto | null; onSaved(): void }) {
  const [editing, setEditing] = useState(false);
  const save = useSaveAction(props.onSaved);

  const store = async (birthday: BirthdayDto | null) => {
    if (await save.run(() => api.call('customers.update', { id: props.customerId, birthday }))) setEditing(false);
  };

  if (editing) {
    return (
      <BirthdayForm
        initial={props.birthday}
        saving={save.saving}
        error={save.error}
        onSave={(birthday) => void store(birthday)}
        onCancel={() => {
          save.clearError();
          setEditing(false);
        }}
      />
    );
  }
  return (
    <>
      <Typography.Text data-testid="customer-birthday" type={props.birthday ? undefined : 'secondary'}>
        {props.birthday ? formatBirthday(props.birthday) : '还不知道'}
      </Typography.Text>
      <Button size="small" onClick={() => setEditing(true)}>
        {props.birthday ? '修改' : '填写生日'}
      </Button>
      {props.birthday && (
        <Popconfirm title="清除生日？" description="生日关怀不会再提醒这位客户。" okText="清除" cancelText="保留" onConfirm={() => void store(null)}>
          <Button size="small" type="text" danger loading={save.saving}>
            清除生日
          </Button>
        </Popconfirm>
      )}
      <FieldError message={save.error} />
    </>
  );
}
