import type { StaffDto } from '@contract';
import { Button, Flex, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { FieldError } from '../customers/FieldError';
import { useSaveAction } from '../customers/useSaveAction';

const DEACTIVATE_EXPLAINED = '停用后保留历史记录，不再分配新任务';

/** One 客服: rename in place, 停用 (explained first) or 启用 again. */
export function StaffRow(props: { person: StaffDto; onChanged(): void }) {
  const { person } = props;
  const save = useSaveAction(props.onChanged);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(person.name);

  const rename = async () => {
    if (await save.run(() => api.call('staff.update', { id: person.id, name }))) setEditing(false);
  };
  const setActive = (active: boolean) => void save.run(() => api.call('staff.update', { id: person.id, active }));

  return (
    <Flex vertical data-testid="staff-row" data-staff-id={person.id}>
      <Flex gap={8} align="center" wrap>
        {editing ? (
          <Space.Compact>
            <Input aria-label="客服新名字" value={name} maxLength={20} onChange={(e) => setName(e.target.value)} onPressEnter={() => void rename()} style={{ width: 180 }} />
            <Button type="primary" loading={save.saving} disabled={name.trim() === ''} onClick={() => void rename()}>
              保存
            </Button>
            <Button onClick={() => setEditing(false)}>取消</Button>
          </Space.Compact>
        ) : (
          <Tag color={person.active ? 'blue' : 'default'}>{person.name}</Tag>
        )}
        {!person.active && <Typography.Text type="secondary">已停用</Typography.Text>}
        {!editing && (
          <Button size="small" type="link" onClick={() => setEditing(true)}>
            改名
          </Button>
        )}
        {person.active ? (
          <Popconfirm title={`停用「${person.name}」？`} description={DEACTIVATE_EXPLAINED} okText="停用" cancelText="取消" onConfirm={() => setActive(false)}>
            <Button size="small" loading={save.saving} title={DEACTIVATE_EXPLAINED}>
              停用
            </Button>
          </Popconfirm>
        ) : (
          <Button size="small" loading={save.saving} onClick={() => setActive(true)}>
            启用
          </Button>
        )}
      </Flex>
      <FieldError message={save.error} />
    </Flex>
  );
}
