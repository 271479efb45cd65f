import { App, Button, Card, Empty, Form, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiCallError } from '../../api/api-call-error';
import { useApiQuery } from '../../hooks/useApiQuery';
import { LoadError } from '../LoadError';

/** 客服: the people customers are assigned to (客户 → 分配给). Adding one is all this page does for now. */
export function StaffCard() {
  const staff = useApiQuery('staff.list', {});
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
      <div className="staff-list">
        {staff.data?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有客服。添加后，可以在「客户」里把客户分配给他们。" />}
        {staff.data?.map((person) => (
          <Tag key={person.id} color={person.active ? 'blue' : 'default'}>
            {person.name}
            {person.active ? '' : '（已停用）'}
          </Tag>
        ))}
      </div>
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
