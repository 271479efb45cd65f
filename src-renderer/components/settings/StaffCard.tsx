import { App, Button, Card, Empty, Flex, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiCallError } from '../../api/api-call-error';
import { useCurrentStaff } from '../../hooks/current-staff-context';
import { LoadError } from '../LoadError';
import { StaffRow } from './StaffRow';

/** 客服: the people customers and follow-up tasks are assigned to; add, rename, 停用/启用. */
export function StaffCard() {
  // The same list as the 我是 switch, so a change here shows there at once.
  const staff = useCurrentStaff().staffQuery;
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();

  const add = async () => {
    setSaving(true);
    try {
      const added = await api.call('staff.create', { name });
      void message.success(`已添加客服「${added.name}」`);
      setName('');
      setProblem(undefined);
      staff.reload();
    } catch (error) {
      setProblem(error instanceof ApiCallError ? (error.details[0]?.message ?? error.message) : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title="客服">
      {staff.error && <LoadError error={staff.error} onRetry={staff.reload} />}
      <Flex vertical gap={8} className="staff-list">
        {staff.data?.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有客服。添加后，可以在「客户」里把客户分配给他们，跟进任务也会轮流分给他们。" />
        )}
        {staff.data?.map((person) => <StaffRow key={`${person.id}-${person.name}`} person={person} onChanged={staff.reload} />)}
        {(staff.data?.length ?? 0) > 0 && <Typography.Text type="secondary">停用后保留历史记录，不再分配新任务。</Typography.Text>}
      </Flex>
      <Form layout="inline" onFinish={() => void add()} style={{ marginTop: 12 }}>
        <Form.Item validateStatus={problem ? 'error' : undefined} help={problem}>
          <Space.Compact>
            <Input aria-label="客服名字" placeholder="客服名字，如 小美" value={name} maxLength={20} onChange={(e) => setName(e.target.value)} style={{ width: 220 }} />
            <Button type="primary" htmlType="submit" loading={saving} disabled={name.trim() === ''}>
              添加客服
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Card>
  );
}
