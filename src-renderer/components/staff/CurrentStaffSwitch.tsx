import { UserAddOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useCurrentStaff } from '../../hooks/current-staff-context';

/** 我是 in the header, for the owner: which 客服 the work is done as; their list and their name on what they do. */
export function CurrentStaffSwitch() {
  const current = useCurrentStaff();
  const navigate = useNavigate();
  const onSettings = useLocation().pathname === '/settings';
  // A 客服 account works as itself; the account menu beside this already names them.
  if (current.fixed) return null;
  if (current.staff !== undefined && current.active.length === 0) {
    // 设置 itself has the form to add them.
    if (onSettings) return null;
    return (
      <Button type="link" icon={<UserAddOutlined />} data-testid="add-staff-link" onClick={() => navigate('/settings')}>
        添加客服
      </Button>
    );
  }
  return (
    <Flex gap={8} align="center" data-testid="current-staff-switch">
      <Typography.Text>我是</Typography.Text>
      <Select<number>
        aria-label="我是"
        style={{ width: 160 }}
        allowClear
        placeholder="选择客服"
        value={current.staffId ?? undefined}
        options={current.active.map((person) => ({ value: person.id, label: person.name }))}
        onChange={(id) => current.choose(id ?? null)}
        loading={current.staff === undefined}
      />
    </Flex>
  );
}
